package dev.tandem.workitem;

import dev.tandem.shared.AuditableEvent;

/**
 * A fact about a project's work items, their dependencies and comments, or its board: one record per fact, so that a
 * listener matches the type it cares about. {@code target} is the item's key (the project's key for the board);
 * {@code summary} lists what changed as "field: old → new" lines.
 */
public sealed interface WorkItemEvent extends AuditableEvent {

    long projectId();

    @Override
    default String targetType() {
        return "WorkItem";
    }

    record ItemCreated(long projectId, String actor, String target, String summary) implements WorkItemEvent {
        @Override
        public String action() {
            return "item.created";
        }
    }

    record ItemUpdated(long projectId, String actor, String target, String summary) implements WorkItemEvent {
        @Override
        public String action() {
            return "item.updated";
        }
    }

    record ItemRanked(long projectId, String actor, String target, String summary) implements WorkItemEvent {
        @Override
        public String action() {
            return "item.ranked";
        }
    }

    record ItemDeleted(long projectId, String actor, String target, String summary) implements WorkItemEvent {
        @Override
        public String action() {
            return "item.deleted";
        }
    }

    record DependencyAdded(long projectId, String actor, String target, String summary) implements WorkItemEvent {
        @Override
        public String action() {
            return "dependency.added";
        }
    }

    record DependencyRemoved(long projectId, String actor, String target, String summary) implements WorkItemEvent {
        @Override
        public String action() {
            return "dependency.removed";
        }
    }

    record CommentAdded(long projectId, String actor, String target, String summary) implements WorkItemEvent {
        @Override
        public String action() {
            return "comment.added";
        }
    }

    record CommentEdited(long projectId, String actor, String target, String summary) implements WorkItemEvent {
        @Override
        public String action() {
            return "comment.edited";
        }
    }

    record CommentDeleted(long projectId, String actor, String target, String summary) implements WorkItemEvent {
        @Override
        public String action() {
            return "comment.deleted";
        }
    }

    record BoardConfigured(long projectId, String actor, String target, String summary) implements WorkItemEvent {
        @Override
        public String action() {
            return "board.configured";
        }

        @Override
        public String targetType() {
            return "Board";
        }
    }
}
