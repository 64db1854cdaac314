package dev.tandem.schedule;

import dev.tandem.shared.Actor;
import java.time.LocalDate;
import java.util.Map;

/**
 * Dates a simulation gives the milestones (the forecast module implements it), so the milestone panel can show them
 * next to the deterministic forecast without the schedule depending on the module that simulates.
 */
public interface MilestoneConfidenceSource {

    /** Per milestone key, the dates it is 50 and 85 per cent sure to be reached by. */
    Map<String, Confidence> milestoneConfidence(Actor actor, String projectKey);

    /**
     * The same, given the project's schedule that the caller has just read for this actor (which checked the
     * actor's access), so that it is not computed a second time.
     */
    default Map<String, Confidence> milestoneConfidence(Actor actor, String projectKey, ProjectSchedule schedule) {
        return milestoneConfidence(actor, projectKey);
    }

    record Confidence(LocalDate p50, LocalDate p85) {
    }
}
