package dev.tandem.sprint;

import dev.tandem.workitem.StatusCategory;
import java.math.BigDecimal;

/**
 * A work item as the backlog, a sprint and the stand-up show it. {@code outcome} says, for a completed
 * sprint, whether it was done, carried over or returned to the backlog (null otherwise).
 */
public record BacklogItem(String key, String title, String type, String status, StatusCategory statusCategory,
                          String assignee, String assigneeName, BigDecimal storyPoints, BigDecimal estimateHours,
                          boolean blocked, String blockedReason, String rank, long version, String outcome) {
}
