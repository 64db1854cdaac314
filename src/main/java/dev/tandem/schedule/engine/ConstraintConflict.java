package dev.tandem.schedule.engine;

import java.util.List;

/**
 * A finish-no-later-than that the early dates overrun, reported instead of being silently broken.
 *
 * @param activityId       the activity that carries the constraint
 * @param finishNoLaterThan the exclusive finish index it must meet
 * @param earlyFinish      the exclusive finish index it can reach at best
 * @param drivingChain     the activities that push it late, first to last: each one's finish (or start) sets the next
 *                         one's early start through a dependency, and the first sits at the project start or at its
 *                         own start-no-earlier-than; for a summary the chain ends at its latest-finishing work item
 */
public record ConstraintConflict(String activityId, int finishNoLaterThan, int earlyFinish, List<String> drivingChain) {

    public ConstraintConflict {
        drivingChain = List.copyOf(drivingChain);
    }

    /** Working days by which the constraint is missed. */
    public int daysLate() {
        return earlyFinish - finishNoLaterThan;
    }
}
