package dev.tandem.sprint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Burndown and burnup of one sprint, per working day, at the end of that day. {@code unit} is "points", or
 * "hours" when no item of the sprint has story points. Days after today (or after completion) have no actuals.
 */
public record Burndown(long sprintId, String sprintName, SprintState state, String unit, LocalDate startDate,
                       LocalDate endDate, BigDecimal committed, List<Day> days) {

    /** {@code ideal} falls evenly from the committed total to zero on the last day. */
    public record Day(LocalDate date, BigDecimal ideal, BigDecimal remaining, BigDecimal completed, BigDecimal scope) {
    }
}
