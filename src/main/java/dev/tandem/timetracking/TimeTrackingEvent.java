package dev.tandem.timetracking;

import dev.tandem.shared.AuditableEvent;

/** Hours were logged, changed, removed or imported. */
public record TimeTrackingEvent(long projectId, String actor, String action, String targetType, String target,
                                String summary) implements AuditableEvent {
}
