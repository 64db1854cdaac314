package dev.tandem.quality.engine;

import java.util.Locale;

/** How severe a finding is, most severe first. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW;

    /** Whether this is as severe as {@code threshold} or more. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /**
     * A SARIF {@code level}: error is HIGH, warning MEDIUM, note and none LOW; unknown or absent: SARIF's default,
     * warning.
     */
    public static Severity ofSarifLevel(String level) {
        if (level == null) {
            return MEDIUM;
        }
        return switch (level.toLowerCase(Locale.ROOT)) {
            case "error" -> HIGH;
            case "note", "none" -> LOW;
            default -> MEDIUM;
        };
    }

    /** A CVSS-like {@code security-severity} (GitHub's bands): 9.0 and up critical, 7.0 high, 4.0 medium, else low. */
    public static Severity ofScore(double score) {
        if (score >= 9.0) {
            return CRITICAL;
        }
        if (score >= 7.0) {
            return HIGH;
        }
        return score >= 4.0 ? MEDIUM : LOW;
    }
}
