package dev.tandem.planning;

import java.time.LocalDate;

/** A milestone item of the project, as the charter links it. */
public record MilestoneRef(String key, String title, String status, LocalDate dueDate, LocalDate plannedFinish,
                           LocalDate actualFinish) {
}
