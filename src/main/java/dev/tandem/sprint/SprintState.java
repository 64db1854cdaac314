package dev.tandem.sprint;

/** A sprint is planned, then active (one per project at a time), then completed; it never goes back. */
public enum SprintState {
    PLANNED, ACTIVE, COMPLETED
}
