package dev.tandem.delayrisk.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * One work item with its history, enough to tell what it looked like on any day: {@code current} holds its fields
 * now (as the item history names them: "status", "blocked", "plannedStart", "plannedFinish", "dueDate",
 * "storyPoints", "estimateHours", "assignee"), and {@link #valueAsOf} undoes the changes made after a day.
 * {@code changes} are oldest first.
 */
public record ItemHistory(String key, String type, String parent, Instant createdAt, LocalDate actualStart,
                          LocalDate actualFinish, Map<String, String> current, List<Change> changes,
                          List<String> predecessors) {

    public record Change(Instant at, String field, String oldValue, String newValue) {
    }

    public boolean isMilestone() {
        return "milestone".equals(type);
    }

    /** The field's value at the end of the day: its value now, with every later change undone. */
    public String valueAsOf(String field, LocalDate day) {
        Instant end = endOf(day);
        String value = current.get(field);
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change c = changes.get(i);
            if (!c.at().isBefore(end) && c.field().equals(field)) {
                value = c.oldValue();
            }
        }
        return value;
    }

    public LocalDate dateAsOf(String field, LocalDate day) {
        String v = valueAsOf(field, day);
        return v == null || v.isBlank() ? null : LocalDate.parse(v);
    }

    public double numberAsOf(String field, LocalDate day) {
        String v = valueAsOf(field, day);
        return v == null || v.isBlank() ? 0 : Double.parseDouble(v);
    }

    /** The date the item was to finish by, as it stood on the day: its due date, else its planned finish. */
    public LocalDate targetAsOf(LocalDate day) {
        LocalDate due = dateAsOf("dueDate", day);
        return due != null ? due : dateAsOf("plannedFinish", day);
    }

    public boolean existedOn(LocalDate day) {
        return createdAt.isBefore(endOf(day));
    }

    public boolean finishedBy(LocalDate day) {
        return actualFinish != null && !actualFinish.isAfter(day);
    }

    /** Whether it finished after the date it was to finish by (as that date stood on {@code asOf}). */
    public boolean lateAgainst(LocalDate asOf) {
        LocalDate target = targetAsOf(asOf);
        return actualFinish != null && target != null && actualFinish.isAfter(target);
    }

    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
