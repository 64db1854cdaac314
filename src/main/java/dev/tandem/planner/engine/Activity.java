package dev.tandem.planner.engine;

import java.util.Arrays;

/**
 * One item to place on the working-day axis: it takes {@code duration} working days (0 for a milestone) and uses
 * {@code demand[r]} units of resource r on each of them (hours a day, or people).
 *
 * @param earliestStart the first working day it may start (today, or a start-no-earlier-than)
 * @param pinnedStart   the working day it must start on, or {@link #NONE}: a hard constraint
 * @param dueFinish     the working day it should finish by (exclusive, as {@code start + duration}), or {@link #NONE};
 *                      set on milestones, the days past it are the plan's lateness
 * @param currentStart  its start in today's plan, or {@link #NONE}: a plan that keeps it there is more stable
 */
public record Activity(String id, int duration, int[] demand, int earliestStart, int pinnedStart, int dueFinish,
        int currentStart) {

    public static final int NONE = -1;

    public Activity {
        if (duration < 0 || earliestStart < 0) {
            throw new IllegalArgumentException("duration and earliest start must not be negative: " + id);
        }
        if (Arrays.stream(demand).anyMatch(units -> units < 0)) {
            throw new IllegalArgumentException("demand must not be negative: " + id);
        }
        demand = demand.clone();
    }

    /** An unpinned activity without a due date or a current start. */
    public static Activity of(String id, int duration, int... demand) {
        return new Activity(id, duration, demand, 0, NONE, NONE, NONE);
    }

    public Activity pinnedAt(int start) {
        return new Activity(id, duration, demand, earliestStart, start, dueFinish, currentStart);
    }

    public Activity dueBy(int finish) {
        return new Activity(id, duration, demand, earliestStart, pinnedStart, finish, currentStart);
    }

    public Activity currentlyAt(int start) {
        return new Activity(id, duration, demand, earliestStart, pinnedStart, dueFinish, start);
    }

    public Activity notBefore(int day) {
        return new Activity(id, duration, demand, day, pinnedStart, dueFinish, currentStart);
    }

    public boolean pinned() {
        return pinnedStart != NONE;
    }

    @Override
    public int[] demand() {
        return demand.clone();
    }

    int demandOf(int resource) {
        return demand[resource];
    }
}
