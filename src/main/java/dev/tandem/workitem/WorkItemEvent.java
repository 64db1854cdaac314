package dev.tandem.workitem;

import dev.tandem.shared.AuditableEvent;

/** A work item, its dependencies or its comments, a sprint or the board settings changed. */
public record WorkItemEvent(long projectId, String actor, String action, String target, String summary)
        implements AuditableEvent {

    @Override
    public String targetType() {
        return switch (action) {
            case "sprint.planned", "sprint.updated", "sprint.started", "sprint.completed" -> "Sprint";
            case "board.configured" -> "Board";
            default -> "WorkItem";
        };
    }
}
