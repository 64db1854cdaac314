package dev.tandem.quality;

import java.math.BigDecimal;

/**
 * The project's quality gate and path mapping. {@code components}: one {@code glob = component} per line.
 * Gate: at most {@code gateMaxNew} new findings at {@code gateSeverity} or worse; line coverage at most
 * {@code gateMaxCoverageDrop} points below the previous report's and, if set, at least {@code gateMinLineCoverage}.
 * {@code debtSeverity}: findings at it or worse become tech-debt entries (null: none do). In a change, a null
 * components, gate severity, maximum of new findings or coverage drop keeps its value.
 */
public record QualitySettingsView(String components, String gateSeverity, Integer gateMaxNew,
                                  BigDecimal gateMaxCoverageDrop, BigDecimal gateMinLineCoverage, String debtSeverity,
                                  long version) {
}
