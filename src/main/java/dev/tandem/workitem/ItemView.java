package dev.tandem.workitem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A work item as the surfaces show it; people are named by username. {@code remainingHours} is the hours of work
 * left as its assignee last estimated them (null when nobody did).
 */
public record ItemView(long id, String key, String projectKey, String type, String title, String description,
                       String status, StatusCategory statusCategory, boolean blocked, String blockedReason,
                       Instant blockedSince, String priority, String assignee, String assigneeName, String reporter,
                       String parent, Set<String> labels, BigDecimal storyPoints, BigDecimal estimateHours,
                       BigDecimal optimisticDays, BigDecimal mostLikelyDays, BigDecimal pessimisticDays,
                       LocalDate plannedStart, LocalDate plannedFinish, LocalDate dueDate, LocalDate actualStart,
                       LocalDate actualFinish, long version, Instant createdAt, Instant updatedAt,
                       boolean majorTechnical, BigDecimal remainingHours) {

    /** An item without a remaining estimate. */
    public ItemView(long id, String key, String projectKey, String type, String title, String description,
                    String status, StatusCategory statusCategory, boolean blocked, String blockedReason,
                    Instant blockedSince, String priority, String assignee, String assigneeName, String reporter,
                    String parent, Set<String> labels, BigDecimal storyPoints, BigDecimal estimateHours,
                    BigDecimal optimisticDays, BigDecimal mostLikelyDays, BigDecimal pessimisticDays,
                    LocalDate plannedStart, LocalDate plannedFinish, LocalDate dueDate, LocalDate actualStart,
                    LocalDate actualFinish, long version, Instant createdAt, Instant updatedAt,
                    boolean majorTechnical) {
        this(id, key, projectKey, type, title, description, status, statusCategory, blocked, blockedReason,
                blockedSince, priority, assignee, assigneeName, reporter, parent, labels, storyPoints, estimateHours,
                optimisticDays, mostLikelyDays, pessimisticDays, plannedStart, plannedFinish, dueDate, actualStart,
                actualFinish, version, createdAt, updatedAt, majorTechnical, null);
    }
}
