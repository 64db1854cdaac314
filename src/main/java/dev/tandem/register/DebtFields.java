package dev.tandem.register;

import java.math.BigDecimal;
import java.util.Set;

/** The editable fields of a debt item; in an edit a null field keeps its value. */
public record DebtFields(String title, String component, String description, BigDecimal interestHours,
                         BigDecimal fixHours, String severity, String status, Boolean inBuffer, Set<String> items) {
}
