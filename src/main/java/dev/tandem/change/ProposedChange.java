package dev.tandem.change;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One step of a change request. {@code op} is setEstimate, setDates, setAssignee, addItem, removeItem or
 * addDependency; {@code type} is the item type for addItem and the link type (FS, SS, FF, SF) for addDependency.
 */
public record ProposedChange(String op, String item, String type, String title, BigDecimal mostLikelyDays,
                             BigDecimal estimateHours, BigDecimal storyPoints, List<String> predecessors,
                             LocalDate plannedStart, LocalDate plannedFinish, String predecessor, Integer lagDays,
                             String assignee) {
}
