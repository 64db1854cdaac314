package dev.tandem.query;

import dev.tandem.shared.AuditableEvent;

/** A saved filter was created, changed or deleted. */
public record QueryEvent(String actor, String action, String targetType, String target, String summary)
        implements AuditableEvent {
}
