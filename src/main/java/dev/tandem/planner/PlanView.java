package dev.tandem.planner;

import java.time.Instant;

/**
 * A plan as the surfaces show it. While it runs, {@code score} is the best score found so far (on the node that
 * solves it); {@code proposal} is there once it is ready or infeasible. {@code changeRequest} names the change
 * request accepting it opened, if any.
 */
public record PlanView(long id, int number, String project, PlanStatus status, String assign, boolean level,
                       long seed, String score, String startedBy, Instant startedAt, Instant finishedAt,
                       String changeRequest, PlanProposal proposal) {
}
