package dev.tandem.workitem;

import java.util.List;

/** What the project's front page shows: counts per status, overdue and blocked items, milestones ahead. */
public record ProjectOverview(List<StatusCount> statusCounts, long total, List<ItemView> overdue,
                              List<ItemView> blocked, List<ItemView> milestonesAhead) {

    public record StatusCount(String status, StatusCategory category, long count) {
    }
}
