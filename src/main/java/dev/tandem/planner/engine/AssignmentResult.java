package dev.tandem.planner.engine;

import java.util.List;

/**
 * An assignment proposal, or the reasons there is none.
 *
 * @param proposals    one per item, in the problem's order; empty when infeasible
 * @param overHours    hours above someone's capacity on some day, summed (0 when every hard constraint holds)
 * @param softPenalty  the weighted continuity, balance, hand-off and reassignment penalty (lower is better)
 */
public record AssignmentResult(List<Infeasibility> infeasibilities, List<Proposal> proposals, long overHours,
        long softPenalty) {

    public AssignmentResult {
        infeasibilities = List.copyOf(infeasibilities);
        proposals = List.copyOf(proposals);
    }

    public boolean feasible() {
        return infeasibilities.isEmpty() && overHours == 0;
    }
}
