package dev.tandem.delivery.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The four DORA metrics over the window {@code [from, to)}, each with its band (null without data), and what lies
 * behind them: the production deployments with the changes each delivered and what made it fail, and the incidents.
 * {@code weeks} splits the window into weeks from {@code from} (the last may be shorter).
 */
public record DoraMetrics(Instant from, Instant to, int deployments, double deploymentsPerWeek, Band frequencyBand,
                          int changes, Duration medianLeadTime, Band leadTimeBand, int failedDeployments,
                          Double changeFailureRate, Band failureRateBand, int restoredIncidents,
                          Duration medianTimeToRestore, Band restoreBand, List<DeploymentLine> deploymentLines,
                          List<IncidentLine> incidentLines, List<Week> weeks) {

    /** A deployment in the window, the changes it delivered, and the incident or rollback that made it a failure. */
    public record DeploymentLine(String id, String service, String release, Instant at, boolean rollback,
                                 List<ChangeLine> changes, String failedBy) {
    }

    public record ChangeLine(String id, String title, Instant firstCommitAt, Duration leadTime) {
    }

    /** An incident opened in the window; {@code deployment} the one it is blamed on, if any. */
    public record IncidentLine(String id, String service, String title, Instant openedAt, Instant resolvedAt,
                               Duration timeToRestore, String deployment) {
    }

    /** One week's figures; null where the week has nothing to measure. */
    public record Week(Instant start, int deployments, Double medianLeadHours, Double changeFailureRate,
                       Double medianRestoreHours) {
    }
}
