package dev.tandem.planner;

import java.util.List;

/**
 * What accepting a plan did: the items changed at once, and those whose change needs the review board, put into the
 * change request {@code changeRequest} (its id, null when none was needed) instead.
 */
public record AcceptedPlan(PlanView plan, List<String> applied, List<String> deferred, Long changeRequest) {
}
