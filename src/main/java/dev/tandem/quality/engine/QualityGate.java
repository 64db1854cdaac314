package dev.tandem.quality.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The project's quality gate over one report. A findings report passes when it has at most {@code maxNew} new
 * findings at {@code severity} or worse. A coverage report passes when its line coverage is at most
 * {@code maxCoverageDrop} percentage points below the previous coverage report's and, when a minimum is set, at
 * least that minimum. Each failed condition is one reason, as a code with its figures.
 */
public final class QualityGate {

    public record Settings(Severity severity, int maxNew, BigDecimal maxCoverageDrop, BigDecimal minLineCoverage) {
    }

    /** A failed condition: {@code code} is one of NEW_FINDINGS, COVERAGE_DROP, COVERAGE_BELOW_MINIMUM. */
    public record Reason(String code, List<String> figures) {
    }

    public record Result(boolean passed, List<Reason> reasons) {
    }

    private QualityGate() {
    }

    /** @param newBySeverity new findings of the report per severity (missing: none) */
    public static Result findings(Settings settings, Map<Severity, Integer> newBySeverity) {
        int blocking = 0;
        for (var e : newBySeverity.entrySet()) {
            if (e.getKey().atLeast(settings.severity())) {
                blocking += e.getValue();
            }
        }
        List<Reason> reasons = new ArrayList<>();
        if (blocking > settings.maxNew()) {
            reasons.add(new Reason("NEW_FINDINGS", List.of(Integer.toString(blocking), settings.severity().name(),
                    Integer.toString(settings.maxNew()))));
        }
        return new Result(reasons.isEmpty(), List.copyOf(reasons));
    }

    /**
     * @param current  this report's line coverage in percent, null when it counted no lines
     * @param previous the previous coverage report's, null when there is none
     */
    public static Result coverage(Settings settings, BigDecimal current, BigDecimal previous) {
        List<Reason> reasons = new ArrayList<>();
        if (current != null && previous != null
                && previous.subtract(current).compareTo(settings.maxCoverageDrop()) > 0) {
            reasons.add(new Reason("COVERAGE_DROP", List.of(plain(previous), plain(current),
                    plain(settings.maxCoverageDrop()))));
        }
        if (settings.minLineCoverage() != null && (current == null || current.compareTo(settings.minLineCoverage()) < 0)) {
            reasons.add(new Reason("COVERAGE_BELOW_MINIMUM", List.of(current == null ? "0" : plain(current),
                    plain(settings.minLineCoverage()))));
        }
        return new Result(reasons.isEmpty(), List.copyOf(reasons));
    }

    /** covered ÷ total in percent with two decimals; null when total is 0. */
    public static BigDecimal percent(long covered, long total) {
        if (total <= 0) {
            return null;
        }
        return BigDecimal.valueOf(covered).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
