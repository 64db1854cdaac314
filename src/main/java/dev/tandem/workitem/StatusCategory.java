package dev.tandem.workitem;

/** The three groups every workflow status falls into; progress and actual dates follow the group. */
public enum StatusCategory {
    TODO, IN_PROGRESS, DONE
}
