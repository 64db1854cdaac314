package dev.tandem.delivery;

import java.time.Instant;
import java.util.List;

/**
 * The DORA metrics of a project, or of one service (a repository), over the last {@code days} days up to
 * {@code to}, with their bands per {@code bandSource}; durations in hours, rates from 0 to 1, null without data.
 * {@code weeks} is the weekly trend over the same window; the deployments and incidents are what the numbers count.
 */
public record DoraReport(String project, String service, List<String> services, int days, Instant from, Instant to,
                         String bandSource, Metric deploymentFrequency, Metric leadTime, Metric changeFailureRate,
                         Metric timeToRestore, List<Week> weeks, List<Deployment> deployments,
                         List<Incident> incidents) {

    /** {@code value}: deployments a week, hours, or a rate; {@code count}: what it was measured over. */
    public record Metric(Double value, int count, String band) {
    }

    public record Week(Instant start, int deployments, Double medianLeadHours, Double changeFailureRate,
                       Double medianRestoreHours) {
    }

    public record Deployment(String id, String service, String release, Instant at, boolean rollback,
                             List<Change> changes, String failedBy) {
    }

    public record Change(String id, String title, Instant firstCommitAt, double leadHours) {
    }

    public record Incident(String id, String service, String title, Instant openedAt, Instant resolvedAt,
                           Double restoreHours, String deployment) {
    }
}
