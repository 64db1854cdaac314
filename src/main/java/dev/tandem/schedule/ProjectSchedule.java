package dev.tandem.schedule;

import java.time.LocalDate;
import java.util.List;

/** The critical-path schedule of a project, items in hierarchy order. */
public record ProjectSchedule(String project, LocalDate start, LocalDate finish, List<String> criticalPath,
                              List<ScheduledItem> items, List<ScheduleConflict> conflicts) {
}
