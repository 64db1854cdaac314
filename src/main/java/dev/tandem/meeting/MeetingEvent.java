package dev.tandem.meeting;

import dev.tandem.shared.AuditableEvent;

/** A meeting was scheduled, its agenda or minutes edited, a decision or action item recorded or changed. */
public record MeetingEvent(long projectId, String actor, String action, String targetType, String target,
                           String summary) implements AuditableEvent {
}
