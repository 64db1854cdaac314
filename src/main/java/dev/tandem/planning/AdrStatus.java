package dev.tandem.planning;

public enum AdrStatus {
    PROPOSED, ACCEPTED, SUPERSEDED
}
