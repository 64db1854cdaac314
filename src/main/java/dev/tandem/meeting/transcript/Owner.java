package dev.tandem.meeting.transcript;

/**
 * The owner of a proposed action item as said in the meeting, and whom it resolved to.
 *
 * @param mention  the name as it appears in the transcript (or the speaker's name for "I will…")
 * @param username the matching participant's username, or {@code null} when unresolved
 * @param status   whether the name matched exactly one participant
 */
public record Owner(String mention, String username, Status status) {

    public enum Status {
        /** Matched exactly one participant. */
        RESOLVED,
        /** Matched nobody: kept as text so the organiser can pick the person. */
        UNKNOWN,
        /** Matched several participants. */
        AMBIGUOUS
    }

    public boolean resolved() {
        return status == Status.RESOLVED;
    }
}
