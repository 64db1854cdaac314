package dev.tandem.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * A debt item; {@code priority} = interest hours per sprint ÷ fix hours × severity weight, rounded to two decimals,
 * The pages show that computation with this item's numbers from the message {@code debt.formula}, in the reader's
 * language.
 */
public record DebtView(int number, String label, String title, String component, String description,
                       BigDecimal interestHours, BigDecimal fixHours, DebtSeverity severity, DebtStatus status,
                       boolean inBuffer, BigDecimal priority, Set<String> items, long version,
                       Instant createdAt, Instant updatedAt) {
}
