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
 * @param anyOf         resources of which the leveler picks one (e.g. the people with the item's skills), empty for
 *                      none; the activity then also takes {@code anyUnits} a day of the one picked
 */
public record Activity(String id, int duration, int[] demand, int earliestStart, int pinnedStart, int dueFinish,
        int currentStart, int[] anyOf, int anyUnits) {

    public static final int NONE = -1;

    public Activity {
        if (duration < 0 || earliestStart < 0) {
            throw new IllegalArgumentException("duration and earliest start must not be negative: " + id);
        }
        if (Arrays.stream(demand).anyMatch(units -> units < 0)) {
            throw new IllegalArgumentException("demand must not be negative: " + id);
        }
        if (anyUnits < 0) {
            throw new IllegalArgumentException("units must not be negative: " + id);
        }
        demand = demand.clone();
        anyOf = anyOf.clone();
    }

    /** An unpinned activity without a due date or a current start. */
    public static Activity of(String id, int duration, int... demand) {
        return new Activity(id, duration, demand, 0, NONE, NONE, NONE, new int[0], 0);
    }

    public Activity pinnedAt(int start) {
        return new Activity(id, duration, demand, earliestStart, start, dueFinish, currentStart, anyOf, anyUnits);
    }

    public Activity dueBy(int finish) {
        return new Activity(id, duration, demand, earliestStart, pinnedStart, finish, currentStart, anyOf, anyUnits);
    }

    public Activity currentlyAt(int start) {
        return new Activity(id, duration, demand, earliestStart, pinnedStart, dueFinish, start, anyOf, anyUnits);
    }

    public Activity notBefore(int day) {
        return new Activity(id, duration, demand, day, pinnedStart, dueFinish, currentStart, anyOf, anyUnits);
    }

    /** The same activity done by one of the given resources, taking {@code units} a day of it. */
    public Activity byAnyOf(int units, int... resources) {
        return new Activity(id, duration, demand, earliestStart, pinnedStart, dueFinish, currentStart, resources, units);
    }

    @Override
    public int[] demand() {
        return demand.clone();
    }

    @Override
    public int[] anyOf() {
        return anyOf.clone();
    }

    int demandOf(int resource) {
        return demand[resource];
    }
}
