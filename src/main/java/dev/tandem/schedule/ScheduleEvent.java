package dev.tandem.schedule;

import dev.tandem.shared.AuditableEvent;

/** A baseline was captured or a calendar changed. */
public record ScheduleEvent(long projectId, String actor, String action, String targetType, String target,
                            String summary) implements AuditableEvent {
}
