package dev.tandem.schedule;

import java.time.Instant;
import java.util.List;

/**
 * Change requests that were applied, supplied by change control for the replay of why a date moved; change control
 * depends on this module, so this module owns the interface and never calls change control itself.
 */
public interface ChangeRequestSource {

    /**
     * The requests applied from {@code from} (inclusive) to {@code to} (exclusive), in order: {@code appliedBy} cast the
     * deciding vote at {@code startedAt} and its steps ran, under that name, until {@code appliedAt};
     * {@code predictedDays} is the slip the impact assessment predicted per milestone key, "*" for the project finish.
     */
    List<Applied> applied(long projectId, Instant from, Instant to);

    record Applied(long id, String code, String title, String appliedBy, List<String> approvers, Instant startedAt,
                   Instant appliedAt, java.util.Map<String, Integer> predictedDays) {
    }
}
