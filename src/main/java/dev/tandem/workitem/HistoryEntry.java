package dev.tandem.workitem;

import java.time.Instant;

public record HistoryEntry(String actor, Instant at, String field, String oldValue, String newValue) {
}
