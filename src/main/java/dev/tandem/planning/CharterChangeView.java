package dev.tandem.planning;

import java.time.Instant;

public record CharterChangeView(String actor, Instant changedAt, String field, String oldValue, String newValue) {
}
