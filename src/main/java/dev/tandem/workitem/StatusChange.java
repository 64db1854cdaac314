package dev.tandem.workitem;

import java.time.Instant;

/** A change of an item's status, from its history; statuses are named as they were then. */
public record StatusChange(long itemId, Instant at, String from, String to) {
}
