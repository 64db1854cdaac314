package dev.tandem.change;

/** A reviewer voted on a change request, so it no longer waits for their vote. */
public record ChangeRequestVoted(long changeRequestId, String voter) {
}
