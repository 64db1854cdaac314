package dev.tandem.schedule.engine;

/**
 * The critical path method: a forward pass for early dates, a backward pass for late dates and floats, then summaries
 * rolled up from their children.
 * <p>
 * Every link is held as "successor start ≥ predecessor start + offset" (see {@link LinkType}), so both passes are
 * tight loops over int arrays in topological order. Early starts never precede the project start (index 0) or an
 * activity's start-no-earlier-than; late finishes never pass the project finish or its finish-no-later-than, so a
 * violated finish-no-later-than shows as negative float on the activities that drive it.
 */
public final class CriticalPathEngine {

    private CriticalPathEngine() {
    }

    public static Schedule schedule(ScheduleNetwork network) {
        int activityCount = network.activityCount();
        int[] earlyStart = network.earliestStart.clone();
        int[] earlyFinish = new int[activityCount];
        int[] lateStart = new int[activityCount];
        int[] lateFinish = new int[activityCount];
        int[] totalFloat = new int[activityCount];
        int[] freeFloat = new int[activityCount];
        int projectFinish = forwardPass(network, earlyStart, earlyFinish);
        backwardPass(network, projectFinish, earlyStart, lateStart, lateFinish, totalFloat, freeFloat);
        Schedule schedule = new Schedule(network, projectFinish, earlyStart, earlyFinish, lateStart, lateFinish,
                totalFloat, freeFloat);
        for (int summary : network.summariesDeepestFirst) {
            rollUp(schedule, summary);
        }
        return schedule;
    }

    /** Pushes each activity's early start to its successors; returns the project finish. */
    private static int forwardPass(ScheduleNetwork network, int[] earlyStart, int[] earlyFinish) {
        int[] durations = network.durations;
        int[] successorStart = network.successorStart;
        int[] successors = network.successors;
        int[] startOffsets = network.startOffsets;
        int projectFinish = 0;
        for (int u : network.topologicalOrder) {
            int start = earlyStart[u];
            int finish = start + durations[u];
            earlyFinish[u] = finish;
            if (finish > projectFinish) {
                projectFinish = finish;
            }
            for (int k = successorStart[u], end = successorStart[u + 1]; k < end; k++) {
                int candidate = start + startOffsets[k];
                if (candidate > earlyStart[successors[k]]) {
                    earlyStart[successors[k]] = candidate;
                }
            }
        }
        return projectFinish;
    }

    /** Pulls each activity's late start from its successors, and its free float from their early starts. */
    private static void backwardPass(ScheduleNetwork network, int projectFinish, int[] earlyStart, int[] lateStart,
            int[] lateFinish, int[] totalFloat, int[] freeFloat) {
        int[] durations = network.durations;
        int[] finishBound = network.finishBound;
        int[] successorStart = network.successorStart;
        int[] successors = network.successors;
        int[] startOffsets = network.startOffsets;
        int[] order = network.topologicalOrder;
        for (int r = order.length - 1; r >= 0; r--) {
            int u = order[r];
            int start = earlyStart[u];
            int latest = Math.min(finishBound[u], projectFinish) - durations[u];
            int leastSlack = Integer.MAX_VALUE;
            for (int k = successorStart[u], end = successorStart[u + 1]; k < end; k++) {
                int v = successors[k];
                int offset = startOffsets[k];
                int bound = lateStart[v] - offset;
                if (bound < latest) {
                    latest = bound;
                }
                int slack = earlyStart[v] - start - offset;
                if (slack < leastSlack) {
                    leastSlack = slack;
                }
            }
            lateStart[u] = latest;
            lateFinish[u] = latest + durations[u];
            totalFloat[u] = latest - start;
            freeFloat[u] = Math.min(leastSlack, latest - start);
        }
    }

    /**
     * Recomputes after a change that only touched the inputs of the seed activities: early dates from the forward seeds
     * onwards, late dates from the backward seeds back, and only where a value actually moved. A new project finish
     * moves every late date, so then the backward pass runs in full.
     */
    static Schedule reschedule(Schedule previous, ScheduleNetwork network, int[] forwardSeeds, int[] backwardSeeds) {
        int activityCount = network.activityCount();
        int[] earlyStart = previous.earlyStart.clone();
        int[] earlyFinish = previous.earlyFinish.clone();
        int[] lateStart = previous.lateStart.clone();
        int[] lateFinish = previous.lateFinish.clone();
        int[] totalFloat = previous.totalFloat.clone();
        int[] freeFloat = previous.freeFloat.clone();
        ScheduleNetwork.Predecessors incoming = network.predecessors();
        boolean[] stale = new boolean[activityCount];
        boolean[] floatsStale = new boolean[activityCount];
        boolean earlyFinishMoved = updateEarlyDates(network, incoming, forwardSeeds, earlyStart, earlyFinish, stale,
                floatsStale);

        int projectFinish = previous.projectFinish();
        if (earlyFinishMoved) {
            projectFinish = 0;
            for (int u : network.topologicalOrder) {
                projectFinish = Math.max(projectFinish, earlyFinish[u]);
            }
        }
        Schedule schedule = new Schedule(network, projectFinish, earlyStart, earlyFinish, lateStart, lateFinish,
                totalFloat, freeFloat);
        if (projectFinish != previous.projectFinish()) {
            backwardPass(network, projectFinish, earlyStart, lateStart, lateFinish, totalFloat, freeFloat);
            for (int summary : network.summariesDeepestFirst) {
                rollUp(schedule, summary);
            }
            return schedule;
        }
        updateLateDates(network, incoming, projectFinish, backwardSeeds, lateStart, lateFinish, stale, floatsStale);
        refreshFloatsAndSummaries(schedule, floatsStale);
        return schedule;
    }

    private static boolean updateEarlyDates(ScheduleNetwork network, ScheduleNetwork.Predecessors incoming,
            int[] seeds, int[] earlyStart, int[] earlyFinish, boolean[] stale, boolean[] floatsStale) {
        int[] order = network.topologicalOrder;
        int[] rank = network.topologicalRank;
        int[] durations = network.durations;
        int[] startOffsets = network.startOffsets;
        int from = order.length;
        for (int seed : seeds) {
            stale[seed] = true;
            floatsStale[seed] = true;
            from = Math.min(from, rank[seed]);
        }
        boolean earlyFinishMoved = false;
        for (int r = from; r < order.length; r++) {
            int v = order[r];
            if (!stale[v]) {
                continue;
            }
            stale[v] = false;
            int start = network.earliestStart[v];
            for (int j = incoming.start()[v], end = incoming.start()[v + 1]; j < end; j++) {
                start = Math.max(start, earlyStart[incoming.sources()[j]] + startOffsets[incoming.positions()[j]]);
            }
            int finish = start + durations[v];
            if (finish != earlyFinish[v]) {
                earlyFinish[v] = finish;
                earlyFinishMoved = true;
                floatsStale[v] = true;
            }
            if (start != earlyStart[v]) {
                earlyStart[v] = start;
                floatsStale[v] = true;
                for (int k = network.successorStart[v]; k < network.successorStart[v + 1]; k++) {
                    stale[network.successors[k]] = true;
                }
                // Their free float reads this early start.
                for (int j = incoming.start()[v]; j < incoming.start()[v + 1]; j++) {
                    floatsStale[incoming.sources()[j]] = true;
                }
            }
        }
        return earlyFinishMoved;
    }

    private static void updateLateDates(ScheduleNetwork network, ScheduleNetwork.Predecessors incoming,
            int projectFinish, int[] seeds, int[] lateStart, int[] lateFinish, boolean[] stale, boolean[] floatsStale) {
        int[] order = network.topologicalOrder;
        int[] rank = network.topologicalRank;
        int[] durations = network.durations;
        int[] startOffsets = network.startOffsets;
        int to = -1;
        for (int seed : seeds) {
            stale[seed] = true;
            floatsStale[seed] = true;
            to = Math.max(to, rank[seed]);
        }
        for (int r = to; r >= 0; r--) {
            int u = order[r];
            if (!stale[u]) {
                continue;
            }
            stale[u] = false;
            int latest = Math.min(network.finishBound[u], projectFinish) - durations[u];
            for (int k = network.successorStart[u]; k < network.successorStart[u + 1]; k++) {
                latest = Math.min(latest, lateStart[network.successors[k]] - startOffsets[k]);
            }
            int finish = latest + durations[u];
            if (finish != lateFinish[u]) {
                lateFinish[u] = finish;
                floatsStale[u] = true;
            }
            if (latest != lateStart[u]) {
                lateStart[u] = latest;
                floatsStale[u] = true;
                for (int j = incoming.start()[u]; j < incoming.start()[u + 1]; j++) {
                    stale[incoming.sources()[j]] = true;
                }
            }
        }
    }

    private static void refreshFloatsAndSummaries(Schedule schedule, boolean[] floatsStale) {
        ScheduleNetwork network = schedule.network();
        boolean[] summaryStale = new boolean[network.activityCount()];
        for (int u : network.topologicalOrder) {
            if (!floatsStale[u]) {
                continue;
            }
            int start = schedule.earlyStart[u];
            int totalFloat = schedule.lateStart[u] - start;
            int freeFloat = totalFloat;
            for (int k = network.successorStart[u]; k < network.successorStart[u + 1]; k++) {
                freeFloat = Math.min(freeFloat, schedule.earlyStart[network.successors[k]] - start - network.startOffsets[k]);
            }
            schedule.totalFloat[u] = totalFloat;
            schedule.freeFloat[u] = freeFloat;
            for (int parent = network.parents[u]; parent != ScheduleNetwork.NO_PARENT && !summaryStale[parent];
                    parent = network.parents[parent]) {
                summaryStale[parent] = true;
            }
        }
        for (int summary : network.summariesDeepestFirst) {
            if (summaryStale[summary]) {
                rollUp(schedule, summary);
            }
        }
    }

    /**
     * A summary spans its children and is as critical as its most critical child; children that are summaries
     * themselves are rolled up first.
     */
    private static void rollUp(Schedule schedule, int summary) {
        ScheduleNetwork network = schedule.network();
        int earlyStart = Integer.MAX_VALUE;
        int earlyFinish = Integer.MIN_VALUE;
        int lateStart = Integer.MAX_VALUE;
        int lateFinish = Integer.MIN_VALUE;
        int totalFloat = Integer.MAX_VALUE;
        int freeFloat = Integer.MAX_VALUE;
        for (int c = network.childStart[summary]; c < network.childStart[summary + 1]; c++) {
            int child = network.children[c];
            earlyStart = Math.min(earlyStart, schedule.earlyStart[child]);
            earlyFinish = Math.max(earlyFinish, schedule.earlyFinish[child]);
            lateStart = Math.min(lateStart, schedule.lateStart[child]);
            lateFinish = Math.max(lateFinish, schedule.lateFinish[child]);
            totalFloat = Math.min(totalFloat, schedule.totalFloat[child]);
            freeFloat = Math.min(freeFloat, schedule.freeFloat[child]);
        }
        schedule.earlyStart[summary] = earlyStart;
        schedule.earlyFinish[summary] = earlyFinish;
        schedule.lateStart[summary] = lateStart;
        schedule.lateFinish[summary] = lateFinish;
        schedule.totalFloat[summary] = totalFloat;
        schedule.freeFloat[summary] = freeFloat;
    }
}
