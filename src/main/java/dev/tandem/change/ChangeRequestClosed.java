package dev.tandem.change;

/** A change request was decided (applied or rejected) or withdrawn: it waits for nobody's vote any more. */
public record ChangeRequestClosed(long changeRequestId) {
}
