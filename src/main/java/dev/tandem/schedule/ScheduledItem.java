package dev.tandem.schedule;

import dev.tandem.workitem.StatusCategory;
import java.time.LocalDate;

/**
 * {@code leaveDays} are the assignee's days of leave inside the item's dates, added to its duration.
 *
 * One row of the Gantt: the item's scheduled dates (finishes inclusive), its float in working days, where its
 * duration came from and how far engineering has got ({@code progress} 0–1, rolled up for summaries). The item's
 * {@code version} lets a client that moves it send the optimistic lock.
 */
public record ScheduledItem(String key, String title, String type, String parent, int depth, boolean summary,
                            String status, StatusCategory statusCategory, boolean blocked, String blockedReason,
                            String assignee, LocalDate start, LocalDate finish, LocalDate earlyStart,
                            LocalDate earlyFinish, LocalDate lateStart, LocalDate lateFinish, int totalFloatDays,
                            int freeFloatDays, boolean critical, int durationDays, String durationSource,
                            double progress, long version, int leaveDays) {
}
