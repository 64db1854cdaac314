package dev.tandem.schedule;

import java.time.LocalDate;
import java.util.List;

/** A due date the schedule cannot meet, with the chain of items that pushes it late. */
public record ScheduleConflict(String item, LocalDate dueDate, LocalDate scheduledFinish, int daysLate,
                               List<String> drivingChain) {
}
