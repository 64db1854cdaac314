package dev.tandem.reporting;

import dev.tandem.shared.Actor;
import java.util.Optional;

/** The project's DORA metrics for the weekly sync, supplied by the module that reads the code host and CI. */
public interface DeliverySource {

    /** The last 90 days up to now; empty when the project has no integration. */
    Optional<Figures> delivery(Actor actor, String projectKey);

    /**
     * Deployments a week, median lead time and time to restore in hours, change failure rate from 0 to 1 (null without
     * data), each with its band (elite, high, medium, low) per {@code bandSource}.
     */
    record Figures(int deployments, Double deploymentsPerWeek, String frequencyBand, Double leadHours,
                   String leadTimeBand, Double changeFailureRate, String failureRateBand, Double restoreHours,
                   String restoreBand, String bandSource) {
    }
}
