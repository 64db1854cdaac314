package dev.tandem.workitem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A work item as the surfaces show it; people are named by username. */
public record ItemView(long id, String key, String projectKey, String type, String title, String description,
                       String status, StatusCategory statusCategory, boolean blocked, String blockedReason,
                       Instant blockedSince, String priority, String assignee, String assigneeName, String reporter,
                       String parent, Set<String> labels, BigDecimal storyPoints, BigDecimal estimateHours,
                       BigDecimal optimisticDays, BigDecimal mostLikelyDays, BigDecimal pessimisticDays,
                       LocalDate plannedStart, LocalDate plannedFinish, LocalDate dueDate, LocalDate actualStart,
                       LocalDate actualFinish, long version, Instant createdAt, Instant updatedAt,
                       boolean majorTechnical) {
}
