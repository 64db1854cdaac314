package dev.tandem.portfolio;

import dev.tandem.shared.AuditableEvent;

/** A project or its membership changed. */
public record ProjectEvent(String actor, String action, String targetType, String target, String summary)
        implements AuditableEvent {
}
