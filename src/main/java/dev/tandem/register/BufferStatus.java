package dev.tandem.register;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project's schedule buffer, critical-chain style: debt work planned into it consumes it at
 * {@link TechDebtManagement#HOURS_PER_DAY} hours a day. {@code chainCompletedPercent} is how much of the critical
 * chain is done (durations weighted by progress). The zone: green while consumed &lt; 0.7 × completed + 10, red from
 * consumed ≥ 0.7 × completed + 30, yellow between. {@code consumedPercent} and {@code zone} are null without a buffer.
 */
public record BufferStatus(BigDecimal bufferDays, BigDecimal consumedDays, BigDecimal consumedPercent,
                           BigDecimal chainCompletedPercent, Zone zone, List<String> debts, long settingsVersion) {

    public enum Zone { GREEN, YELLOW, RED }

    static Zone zone(BigDecimal consumedPercent, BigDecimal chainCompletedPercent) {
        if (consumedPercent == null) {
            return null;
        }
        double consumed = consumedPercent.doubleValue();
        double completed = chainCompletedPercent.doubleValue();
        if (consumed >= 0.7 * completed + 30) {
            return Zone.RED;
        }
        return consumed < 0.7 * completed + 10 ? Zone.GREEN : Zone.YELLOW;
    }
}
