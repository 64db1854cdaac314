package dev.tandem.planning;

import dev.tandem.shared.AuditableEvent;

/** Something of a project's planning changed: the charter, the kick-off or a sign-off. */
public record PlanningEvent(long projectId, String actor, String action, String targetType, String target,
                            String summary) implements AuditableEvent {
}
