package dev.tandem.workitem;

import java.math.BigDecimal;

/**
 * A work item as a module that plans work in time boxes (sprints) weighs it: its rank in the project's ordered
 * backlog, its status and category, its assignee (by id and name) and its estimates.
 */
public record RankedItem(long id, String key, String title, WorkItemType type, String status,
                         StatusCategory statusCategory, Long assigneeId, String assignee, String assigneeName,
                         BigDecimal storyPoints, BigDecimal estimateHours, boolean blocked, String blockedReason,
                         String rank, long version) {

    /** Epics and milestones group or mark work; they are never planned into a time box. */
    public boolean plannable() {
        return type != WorkItemType.EPIC && type != WorkItemType.MILESTONE;
    }
}
