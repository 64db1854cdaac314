package dev.tandem.schedule;

import dev.tandem.shared.Actor;
import java.time.LocalDate;
import java.util.Map;

/**
 * Dates a proposal that nobody has accepted yet gives items (the planner implements it), so the Gantt can draw them as
 * ghost bars without the schedule depending on the module that proposes.
 */
public interface ProposedDatesSource {

    /** Per item key, the start and finish (inclusive) the project's latest ready plan proposes; empty without one. */
    Map<String, Proposed> proposedDates(Actor actor, String projectKey);

    record Proposed(LocalDate start, LocalDate finish) {
    }
}
