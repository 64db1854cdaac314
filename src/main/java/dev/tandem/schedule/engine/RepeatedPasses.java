package dev.tandem.schedule.engine;

/**
 * The forward and backward passes of one compiled {@link ScheduleNetwork}, run again and again with other durations:
 * what a Monte Carlo simulation needs. Links, lags, constraints and the topological order are the network's own
 * arrays; each run writes into buffers this object keeps, so a run allocates nothing. Summaries are not rolled up.
 * <p>
 * Not thread-safe: one instance per thread.
 */
public final class RepeatedPasses {

    private final ScheduleNetwork network;
    /** Per link: 1 when it measures from the predecessor's finish (FS, FF), else 0. */
    private final int[] fromPredecessorFinish;
    /** Per link: 1 when it constrains the successor's finish (FF, SF), else 0. */
    private final int[] toSuccessorFinish;
    private final int[] earlyStart;
    private final int[] lateStart;
    private final int[] durations;

    public RepeatedPasses(ScheduleNetwork network) {
        this.network = network;
        int linkCount = network.successors.length;
        this.fromPredecessorFinish = new int[linkCount];
        this.toSuccessorFinish = new int[linkCount];
        for (int k = 0; k < linkCount; k++) {
            LinkType type = network.linkTypes[k];
            fromPredecessorFinish[k] = type == LinkType.FINISH_TO_START || type == LinkType.FINISH_TO_FINISH ? 1 : 0;
            toSuccessorFinish[k] = type == LinkType.FINISH_TO_FINISH || type == LinkType.START_TO_FINISH ? 1 : 0;
        }
        this.earlyStart = new int[network.activityCount()];
        this.lateStart = new int[network.activityCount()];
        this.durations = new int[network.activityCount()];
    }

    public ScheduleNetwork network() {
        return network;
    }

    /** A fresh copy of the network's own durations, to vary and pass to {@link #run}. */
    public int[] durations() {
        return network.durations.clone();
    }

    /**
     * Schedules the network with {@code newDurations} (one per activity; summaries' entries are ignored) and returns
     * the exclusive project finish; the dates stay readable until the next run.
     */
    public int run(int[] newDurations) {
        return run(newDurations, null);
    }

    /**
     * The same, and adds one to {@code criticalCounts[u]} for every non-summary activity {@code u} the run leaves with
     * no float (total float ≤ 0), counted in the backward pass where both of its starts are at hand.
     */
    public int run(int[] newDurations, int[] criticalCounts) {
        System.arraycopy(newDurations, 0, durations, 0, durations.length);
        System.arraycopy(network.earliestStart, 0, earlyStart, 0, earlyStart.length);
        int[] successorStart = network.successorStart;
        int[] successors = network.successors;
        int[] lags = network.lags;
        int[] order = network.topologicalOrder;
        int projectFinish = 0;
        for (int u : order) {
            int start = earlyStart[u];
            int duration = durations[u];
            if (start + duration > projectFinish) {
                projectFinish = start + duration;
            }
            for (int k = successorStart[u], end = successorStart[u + 1]; k < end; k++) {
                int v = successors[k];
                int candidate = start + lags[k] + fromPredecessorFinish[k] * duration - toSuccessorFinish[k] * durations[v];
                if (candidate > earlyStart[v]) {
                    earlyStart[v] = candidate;
                }
            }
        }
        int[] finishBound = network.finishBound;
        for (int r = order.length - 1; r >= 0; r--) {
            int u = order[r];
            int duration = durations[u];
            int latest = Math.min(finishBound[u], projectFinish) - duration;
            for (int k = successorStart[u], end = successorStart[u + 1]; k < end; k++) {
                int v = successors[k];
                int bound = lateStart[v] - lags[k] - fromPredecessorFinish[k] * duration + toSuccessorFinish[k] * durations[v];
                if (bound < latest) {
                    latest = bound;
                }
            }
            lateStart[u] = latest;
            if (criticalCounts != null) {
                // adds one when latest <= earlyStart[u], by the sign bit: whether an item is critical varies between
                // runs, so a branch would be mispredicted often
                criticalCounts[u] += 1 + ((earlyStart[u] - latest) >> 31);
            }
        }
        return projectFinish;
    }

    public int earlyStart(int activity) {
        return earlyStart[activity];
    }

    public int earlyFinish(int activity) {
        return earlyStart[activity] + durations[activity];
    }

    /** Days the activity can slip in the last run; at most 0 means critical, as on the Gantt. */
    public int totalFloat(int activity) {
        return lateStart[activity] - earlyStart[activity];
    }
}
