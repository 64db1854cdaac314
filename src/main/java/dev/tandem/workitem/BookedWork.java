package dev.tandem.workitem;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Unfinished work a person is assigned elsewhere, as a planner weighs it: the planned dates (inclusive) and the hours
 * left (remaining, else the estimate; null when neither is known). It names no item, only the load.
 */
public record BookedWork(String username, LocalDate start, LocalDate finish, BigDecimal hours) {
}
