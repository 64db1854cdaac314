package dev.tandem.timetracking;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One work log as the surfaces show it; the person is named by username. */
public record WorkLogView(long id, String item, String username, String displayName, LocalDate date,
                          BigDecimal hours, String note, long version) {
}
