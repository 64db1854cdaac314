package dev.tandem.sprint;

import dev.tandem.shared.AuditableEvent;

/**
 * A fact about a project's sprints: one record per fact. {@code target} names the sprint ("PAY / Sprint 3"), or the
 * item's key when an item joined or left a sprint; {@code summary} lists what changed.
 */
public sealed interface SprintEvent extends AuditableEvent {

    long projectId();

    @Override
    default String targetType() {
        return "Sprint";
    }

    record SprintPlanned(long projectId, String actor, String target, String summary) implements SprintEvent {
        @Override
        public String action() {
            return "sprint.planned";
        }
    }

    record SprintUpdated(long projectId, String actor, String target, String summary) implements SprintEvent {
        @Override
        public String action() {
            return "sprint.updated";
        }
    }

    record SprintStarted(long projectId, String actor, String target, String summary) implements SprintEvent {
        @Override
        public String action() {
            return "sprint.started";
        }
    }

    record SprintCompleted(long projectId, String actor, String target, String summary) implements SprintEvent {
        @Override
        public String action() {
            return "sprint.completed";
        }
    }

    /** An item joined a sprint or left one ({@code summary} says "sprint: from → to", ∅ for none). */
    record ItemSprintChanged(long projectId, String actor, String target, String summary, boolean added)
            implements SprintEvent {
        @Override
        public String action() {
            return added ? "sprint.item-added" : "sprint.item-removed";
        }

        @Override
        public String targetType() {
            return "WorkItem";
        }
    }
}
