package dev.tandem.meeting;

/** An action item is open until done or dropped; one that became a work item is done when that item is. */
public enum ActionStatus {
    OPEN, DONE, DROPPED
}
