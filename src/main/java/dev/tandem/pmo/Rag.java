package dev.tandem.pmo;

/** A health colour; {@code UNKNOWN} (grey) when the project has no data the rule could judge. */
public enum Rag {
    GREEN, AMBER, RED, UNKNOWN
}
