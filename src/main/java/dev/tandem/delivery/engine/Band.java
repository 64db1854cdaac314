package dev.tandem.delivery.engine;

import java.time.Duration;

/**
 * The performance levels of the 2023 Accelerate State of DevOps Report (DORA, Google Cloud), table "Software
 * delivery performance levels". Each metric is banded on its own; where the report's ranges leave a gap or overlap
 * (its Low and Medium share a deployment frequency and lead time) the rule below decides, as docs/contexts/delivery.md
 * explains.
 */
public enum Band {
    ELITE, HIGH, MEDIUM, LOW;

    public static final String SOURCE = "Accelerate State of DevOps Report 2023 (DORA, Google Cloud)";

    /** On demand (at least daily) elite; at least weekly high; at least monthly (30 days) medium; else low. */
    public static Band ofFrequency(double deploymentsPerDay) {
        if (deploymentsPerDay >= 1) {
            return ELITE;
        }
        if (deploymentsPerDay * 7 >= 1) {
            return HIGH;
        }
        return deploymentsPerDay * 30 >= 1 ? MEDIUM : LOW;
    }

    /** Less than a day elite; up to a week high; up to a month (30 days) medium; else low. */
    public static Band ofLeadTime(Duration median) {
        if (median.compareTo(Duration.ofDays(1)) < 0) {
            return ELITE;
        }
        if (median.compareTo(Duration.ofDays(7)) <= 0) {
            return HIGH;
        }
        return median.compareTo(Duration.ofDays(30)) <= 0 ? MEDIUM : LOW;
    }

    /** At most 5 % elite, 10 % high, 15 % medium; above that low (the report's low cluster sat at 64 %). */
    public static Band ofFailureRate(double rate) {
        if (rate <= 0.05) {
            return ELITE;
        }
        if (rate <= 0.10) {
            return HIGH;
        }
        return rate <= 0.15 ? MEDIUM : LOW;
    }

    /** Less than an hour elite; less than a day high; up to a week medium; else low. */
    public static Band ofTimeToRestore(Duration median) {
        if (median.compareTo(Duration.ofHours(1)) < 0) {
            return ELITE;
        }
        if (median.compareTo(Duration.ofDays(1)) < 0) {
            return HIGH;
        }
        return median.compareTo(Duration.ofDays(7)) <= 0 ? MEDIUM : LOW;
    }
}
