package dev.tandem.schedule.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The outcome of scheduling a {@link ScheduleNetwork}: early and late dates, floats, the critical path and the
 * constraints that cannot be met, all in working-day indices (turn them into dates with a {@link WorkingCalendar}).
 * <p>
 * Immutable; the {@code reschedule…} methods return a new schedule for an edited network, recomputing only what the
 * edit can reach.
 */
public final class Schedule {

    private final ScheduleNetwork network;
    private final int projectFinish;
    final int[] earlyStart;
    final int[] earlyFinish;
    final int[] lateStart;
    final int[] lateFinish;
    final int[] totalFloat;
    final int[] freeFloat;

    Schedule(ScheduleNetwork network, int projectFinish, int[] earlyStart, int[] earlyFinish, int[] lateStart,
            int[] lateFinish, int[] totalFloat, int[] freeFloat) {
        this.network = network;
        this.projectFinish = projectFinish;
        this.earlyStart = earlyStart;
        this.earlyFinish = earlyFinish;
        this.lateStart = lateStart;
        this.lateFinish = lateFinish;
        this.totalFloat = totalFloat;
        this.freeFloat = freeFloat;
    }

    public ScheduleNetwork network() {
        return network;
    }

    /** The exclusive finish index of the whole project: 0 for an empty one. */
    public int projectFinish() {
        return projectFinish;
    }

    /**
     * The project's last day worked, inclusive, as {@link WorkingCalendar#finishDate} gives it for the activities that
     * end last: a closing milestone's own day if one ends the project; the project start for an empty project.
     */
    public LocalDate finishDate(WorkingCalendar calendar) {
        boolean endsWithMilestone = projectFinish == 0;
        for (int u : network.topologicalOrder) {
            if (earlyFinish[u] == projectFinish && network.durations[u] == 0) {
                endsWithMilestone = true;
            }
        }
        return calendar.dateOf(endsWithMilestone ? projectFinish : projectFinish - 1);
    }

    public ActivitySchedule activity(String id) {
        return activity(network.indexOf(id));
    }

    public ActivitySchedule activity(int index) {
        return new ActivitySchedule(network.id(index), network.isSummary(index), earlyStart[index], earlyFinish[index],
                lateStart[index], lateFinish[index], totalFloat[index], freeFloat[index]);
    }

    /** Every activity, in the network's order. */
    public List<ActivitySchedule> activities() {
        List<ActivitySchedule> activities = new ArrayList<>(network.activityCount());
        for (int i = 0; i < network.activityCount(); i++) {
            activities.add(activity(i));
        }
        return activities;
    }

    /**
     * The ids of the critical work items (total float ≤ 0; summaries left out), ordered by early start and then by
     * dependency order, so a single critical chain reads from first to last.
     */
    public List<String> criticalPath() {
        return idsByEarlyStart(Integer.MIN_VALUE, 0);
    }

    /** The ids of work items that are not critical but have at most {@code maxTotalFloat} days of total float. */
    public List<String> nearCritical(int maxTotalFloat) {
        return idsByEarlyStart(1, maxTotalFloat);
    }

    /**
     * Every finish-no-later-than the early dates overrun, each with the chain of activities that pushes it late.
     */
    public List<ConstraintConflict> conflicts() {
        List<ConstraintConflict> conflicts = new ArrayList<>();
        for (int i = 0; i < network.activityCount(); i++) {
            int deadline = network.ownFinishNoLaterThan[i];
            if (earlyFinish[i] > deadline) {
                conflicts.add(new ConstraintConflict(network.id(i), deadline, earlyFinish[i], drivingChain(latestLeafUnder(i))));
            }
        }
        return conflicts;
    }

    /** The schedule after {@code id}'s duration becomes {@code newDuration} working days. */
    public Schedule reschedule(String id, int newDuration) {
        int activity = network.indexOf(id);
        if (network.duration(activity) == newDuration && !network.isSummary(activity)) {
            return this;
        }
        ScheduleNetwork changed = network.withDuration(activity, newDuration);
        // The offsets of its links fold in the duration, so both ends of each link need a fresh look.
        ScheduleNetwork.Predecessors incoming = changed.predecessors();
        int[] successorsAndSelf = withNeighbours(activity, changed.successors, changed.successorStart[activity],
                changed.successorStart[activity + 1]);
        int[] predecessorsAndSelf = withNeighbours(activity, incoming.sources(), incoming.start()[activity],
                incoming.start()[activity + 1]);
        return CriticalPathEngine.reschedule(this, changed, successorsAndSelf, predecessorsAndSelf);
    }

    /** The schedule after {@code id}'s start-no-earlier-than is set to {@code start}, or removed if empty. */
    public Schedule rescheduleStartNoEarlierThan(String id, OptionalInt start) {
        int activity = network.indexOf(id);
        ScheduleNetwork changed = network.withStartNoEarlierThan(activity, start);
        return CriticalPathEngine.reschedule(this, changed, changed.leavesUnder(activity), new int[0]);
    }

    /** The schedule after {@code id}'s finish-no-later-than is set to {@code finish}, or removed if empty. */
    public Schedule rescheduleFinishNoLaterThan(String id, OptionalInt finish) {
        int activity = network.indexOf(id);
        ScheduleNetwork changed = network.withFinishNoLaterThan(activity, finish);
        return CriticalPathEngine.reschedule(this, changed, new int[0], changed.leavesUnder(activity));
    }

    private List<String> idsByEarlyStart(int minTotalFloat, int maxTotalFloat) {
        int[] order = network.topologicalOrder;
        long[] keys = new long[order.length];
        int count = 0;
        for (int u : order) {
            if (totalFloat[u] >= minTotalFloat && totalFloat[u] <= maxTotalFloat) {
                // Early starts are never negative, so the packed key sorts by early start, then by rank.
                keys[count++] = ((long) earlyStart[u] << 32) | network.topologicalRank[u];
            }
        }
        Arrays.sort(keys, 0, count);
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(network.id(order[(int) keys[i]]));
        }
        return ids;
    }

    private int latestLeafUnder(int activity) {
        int latest = -1;
        for (int leaf : network.leavesUnder(activity)) {
            if (latest < 0 || earlyFinish[leaf] > earlyFinish[latest]) {
                latest = leaf;
            }
        }
        return latest;
    }

    /**
     * The activities that set {@code id}'s early start, first driver first and {@code id} last: binding links followed
     * backwards until an activity sits at the project start or at its own start-no-earlier-than.
     */
    public List<String> drivingChain(String id) {
        return drivingChain(network.indexOf(id));
    }

    /** Follows binding links backwards until an activity sits at the project start or its own constraint. */
    private List<String> drivingChain(int activity) {
        ScheduleNetwork.Predecessors incoming = network.predecessors();
        List<String> chain = new ArrayList<>();
        int current = activity;
        while (current >= 0) {
            chain.add(network.id(current));
            int driver = -1;
            for (int j = incoming.start()[current]; j < incoming.start()[current + 1] && driver < 0; j++) {
                int predecessor = incoming.sources()[j];
                if (earlyStart[predecessor] + network.startOffsets[incoming.positions()[j]] == earlyStart[current]) {
                    driver = predecessor;
                }
            }
            current = driver;
        }
        return chain.reversed();
    }

    private static int[] withNeighbours(int activity, int[] neighbours, int from, int to) {
        int[] result = new int[to - from + 1];
        result[0] = activity;
        System.arraycopy(neighbours, from, result, 1, to - from);
        return result;
    }
}
