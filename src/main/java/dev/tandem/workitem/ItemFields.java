package dev.tandem.workitem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * The editable fields of a work item. In a creation a null field is left empty; in an edit a null field
 * keeps its value unless its name is in {@code cleared}, which empties it.
 */
public record ItemFields(String type, String title, String description, String status, Boolean blocked,
                         String blockedReason, String priority, String assignee, String parent, Set<String> labels,
                         BigDecimal storyPoints, BigDecimal estimateHours, BigDecimal optimisticDays,
                         BigDecimal mostLikelyDays, BigDecimal pessimisticDays, LocalDate plannedStart,
                         LocalDate plannedFinish, LocalDate dueDate, BigDecimal remainingHours, Set<String> cleared) {

    public static final Set<String> CLEARABLE = Set.of("description", "assignee", "parent", "labels", "storyPoints",
            "estimateHours", "optimisticDays", "mostLikelyDays", "pessimisticDays", "plannedStart", "plannedFinish",
            "dueDate", "remainingHours");

    public ItemFields {
        cleared = cleared == null ? Set.of() : Set.copyOf(cleared);
    }

    /** Fields without a remaining estimate. */
    public ItemFields(String type, String title, String description, String status, Boolean blocked,
                      String blockedReason, String priority, String assignee, String parent, Set<String> labels,
                      BigDecimal storyPoints, BigDecimal estimateHours, BigDecimal optimisticDays,
                      BigDecimal mostLikelyDays, BigDecimal pessimisticDays, LocalDate plannedStart,
                      LocalDate plannedFinish, LocalDate dueDate, Set<String> cleared) {
        this(type, title, description, status, blocked, blockedReason, priority, assignee, parent, labels, storyPoints,
                estimateHours, optimisticDays, mostLikelyDays, pessimisticDays, plannedStart, plannedFinish, dueDate,
                null, cleared);
    }

    boolean clears(String field) {
        return cleared.contains(field);
    }
}
