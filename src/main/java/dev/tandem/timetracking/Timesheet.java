package dev.tandem.timetracking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's hours in one ISO week: a row per item, a column per day (Monday first), with totals. {@code week} is
 * written as {@code 2027-W02}; {@code logs} are the week's work logs one by one, for changing them.
 */
public record Timesheet(String username, String week, String previousWeek, String nextWeek, List<LocalDate> days,
                        List<Row> rows, List<BigDecimal> dayTotals, BigDecimal total,
                        List<WorkLogView> logs) {

    public record Row(String item, String project, List<BigDecimal> hours, BigDecimal total) {
    }
}
