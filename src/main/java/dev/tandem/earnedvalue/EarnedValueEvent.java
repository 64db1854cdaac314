package dev.tandem.earnedvalue;

import dev.tandem.shared.AuditableEvent;

/** An earned value setting of a project changed. */
public record EarnedValueEvent(long projectId, String actor, String action, String targetType, String target,
                               String summary) implements AuditableEvent {
}
