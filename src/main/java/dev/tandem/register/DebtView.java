package dev.tandem.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * A debt item; {@code priority} = interest hours per sprint ÷ fix hours × severity weight, rounded to two decimals,
 * and {@code formula} shows that computation with this item's numbers.
 */
public record DebtView(int number, String label, String title, String component, String description,
                       BigDecimal interestHours, BigDecimal fixHours, DebtSeverity severity, DebtStatus status,
                       boolean inBuffer, BigDecimal priority, String formula, Set<String> items, long version,
                       Instant createdAt, Instant updatedAt) {
}
