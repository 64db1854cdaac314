package dev.tandem.timetracking;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Hours logged on an item of a project, for cost figures. */
public record LoggedHours(String item, String username, LocalDate date, BigDecimal hours) {
}
