package dev.tandem.register;

import java.math.BigDecimal;
import java.util.List;

/**
 * The tech-debt report for the PM: unpaid debt by priority, the interest it charges every sprint, what fixing it
 * would cost, and the buffer.
 */
public record DebtReport(String projectKey, List<DebtView> debts, int unpaid, BigDecimal interestPerSprint,
                         BigDecimal fixHoursUnpaid, BufferStatus buffer) {
}
