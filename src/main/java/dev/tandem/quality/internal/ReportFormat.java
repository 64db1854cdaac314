package dev.tandem.quality.internal;

import java.util.Locale;

/** The formats a report may come in; SARIF carries findings, the others coverage. */
public enum ReportFormat {
    SARIF, JACOCO, COBERTURA, LCOV;

    public boolean coverage() {
        return this != SARIF;
    }

    /** By name, ignoring case; null when it names none. */
    public static ReportFormat of(String name) {
        if (name == null) {
            return null;
        }
        for (ReportFormat f : values()) {
            if (f.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
