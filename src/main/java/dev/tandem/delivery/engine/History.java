package dev.tandem.delivery.engine;

import java.time.Instant;
import java.util.List;

/**
 * What the metrics are computed from. A change is a merged pull request, or a commit that landed on the default branch
 * without one: its first commit and when it landed. A deployment is a successful one to production; a rollback is a
 * deployment that puts an earlier version back. An incident may name the service it hit, or none (the whole project).
 */
public record History(List<Change> changes, List<Deployment> deployments, List<Incident> incidents) {

    public History {
        changes = List.copyOf(changes);
        deployments = List.copyOf(deployments);
        incidents = List.copyOf(incidents);
    }

    public record Change(String id, String service, String title, Instant firstCommitAt, Instant landedAt) {
    }

    public record Deployment(String id, String service, String release, Instant at, boolean rollback) {
    }

    /** {@code service} null when the incident is the whole project's; {@code resolvedAt} null while open. */
    public record Incident(String id, String service, String title, Instant openedAt, Instant resolvedAt) {
    }

    /** Only what concerns one service: its changes, deployments and incidents, and the incidents naming no service. */
    public History of(String service) {
        return new History(changes.stream().filter(c -> c.service().equals(service)).toList(),
                deployments.stream().filter(d -> d.service().equals(service)).toList(),
                incidents.stream().filter(i -> i.service() == null || i.service().equals(service)).toList());
    }
}
