package dev.tandem.workitem;

import dev.tandem.shared.AuditableEvent;

/** A work item, its dependencies or its comments changed. */
public record WorkItemEvent(long projectId, String actor, String action, String target, String summary)
        implements AuditableEvent {

    @Override
    public String targetType() {
        return "WorkItem";
    }
}
