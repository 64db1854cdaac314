package dev.tandem.pmo;

import dev.tandem.register.QualityGateSource;
import dev.tandem.schedule.ProjectForecast;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules that colour a project's health. The page, the export and docs/contexts/pmo.md state them with these
 * thresholds, so what a reader is told is what is applied.
 */
public final class HealthRules {

    /** Schedule: the next open milestone up to this many working days behind its baseline date is amber, later red. */
    public static final int SCHEDULE_AMBER_DAYS = 5;
    /** Scope: this many change requests before the review board, or more, is red; fewer (but some) amber. */
    public static final int SCOPE_RED_CHANGES = 3;
    /** Budget: a cost performance index (CPI) at or above this is green. */
    public static final BigDecimal BUDGET_GREEN_CPI = new BigDecimal("0.95");
    /** Budget: a CPI at or above this (and below green) is amber, below it red. */
    public static final BigDecimal BUDGET_AMBER_CPI = new BigDecimal("0.90");
    /** Quality: gates that all passed are amber when the newest verdict is older than this many days. */
    public static final int QUALITY_STALE_DAYS = 14;

    private HealthRules() {
    }

    /** The milestone the schedule colour judges: the open one with a baseline date due first. */
    public static Optional<ProjectForecast.Milestone> nextMilestone(List<ProjectForecast.Milestone> milestones) {
        return milestones.stream().filter(m -> !m.done() && m.baselineDate() != null)
                .min(Comparator.comparing(ProjectForecast.Milestone::baselineDate));
    }

    public static Rag schedule(Optional<ProjectForecast.Milestone> next) {
        if (next.isEmpty()) {
            return Rag.UNKNOWN;
        }
        int slip = next.get().slipDays();
        return slip <= 0 ? Rag.GREEN : slip <= SCHEDULE_AMBER_DAYS ? Rag.AMBER : Rag.RED;
    }

    public static Rag scope(int openChanges) {
        return openChanges == 0 ? Rag.GREEN : openChanges < SCOPE_RED_CHANGES ? Rag.AMBER : Rag.RED;
    }

    /** {@code cpi} is null without a baseline or without actual cost. */
    public static Rag budget(BigDecimal cpi) {
        if (cpi == null) {
            return Rag.UNKNOWN;
        }
        return cpi.compareTo(BUDGET_GREEN_CPI) >= 0 ? Rag.GREEN
                : cpi.compareTo(BUDGET_AMBER_CPI) >= 0 ? Rag.AMBER : Rag.RED;
    }

    /** The latest verdict of each kind of report (findings, coverage). */
    public static Rag quality(List<QualityGateSource.GateVerdict> latest, Instant now) {
        if (latest.isEmpty()) {
            return Rag.UNKNOWN;
        }
        if (latest.stream().anyMatch(v -> !v.passed())) {
            return Rag.RED;
        }
        Instant newest = latest.stream().map(QualityGateSource.GateVerdict::at).max(Comparator.naturalOrder()).orElseThrow();
        return newest.isBefore(now.minus(Duration.ofDays(QUALITY_STALE_DAYS))) ? Rag.AMBER : Rag.GREEN;
    }
}
