package dev.tandem.timetracking;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a person enters for a work log; in an edit a null field keeps its value. */
public record WorkLogFields(LocalDate date, BigDecimal hours, String note) {
}
