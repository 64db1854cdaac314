package dev.tandem.planner;

import dev.tandem.shared.AuditableEvent;

/** A plan was started, accepted, cancelled or discarded. */
public record PlanEvent(long projectId, String actor, String action, String targetType, String target, String summary)
        implements AuditableEvent {
}
