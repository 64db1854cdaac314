package dev.tandem.retrospective;

import dev.tandem.shared.AuditableEvent;

/**
 * A retrospective, its action items or a process template changed. {@code projectId} is null for a change of the
 * organisation's templates alone. Card events are never published: an anonymous card must leave no trace of its author.
 */
public record RetrospectiveEvent(Long projectId, String actor, String action, String targetType, String target,
                                 String summary) implements AuditableEvent {
}
