package dev.tandem.planner.engine;

import java.util.ArrayDeque;
import java.util.Arrays;

/** The problem in arrays for the decoder's inner loops: durations, demands, links as start offsets. */
final class Network {

    final int size;
    final int resourceCount;
    final int[] duration;
    final int[][] demand;
    final int[] earliestStart;
    final int[] pinnedStart;
    final int[] dueFinish;
    final int[] currentStart;
    /** predecessors[j] and predecessorOffset[j]: start(j) ≥ start(predecessors[j][k]) + predecessorOffset[j][k]. */
    final int[][] predecessors;
    final int[][] predecessorOffset;
    final int[][] successors;
    final int[][] successorOffset;
    final Resource[] resources;
    /** anyOf[j]: resources of which one is picked for j (empty for none); it takes anyUnits[j] a day of it. */
    final int[][] anyOf;
    final int[] anyUnits;

    private Network(LevelingProblem problem) {
        size = problem.activities().size();
        resourceCount = problem.resources().size();
        resources = problem.resources().toArray(Resource[]::new);
        duration = new int[size];
        demand = new int[size][];
        earliestStart = new int[size];
        pinnedStart = new int[size];
        dueFinish = new int[size];
        currentStart = new int[size];
        anyOf = new int[size][];
        anyUnits = new int[size];
        for (int i = 0; i < size; i++) {
            Activity activity = problem.activities().get(i);
            duration[i] = activity.duration();
            demand[i] = activity.demand();
            earliestStart[i] = activity.earliestStart();
            pinnedStart[i] = activity.pinnedStart();
            dueFinish[i] = activity.dueFinish();
            currentStart[i] = activity.currentStart();
            anyOf[i] = activity.anyOf();
            anyUnits[i] = activity.anyUnits();
        }
        int[] inCount = new int[size];
        int[] outCount = new int[size];
        for (Link link : problem.links()) {
            inCount[link.successor()]++;
            outCount[link.predecessor()]++;
        }
        predecessors = new int[size][];
        predecessorOffset = new int[size][];
        successors = new int[size][];
        successorOffset = new int[size][];
        for (int i = 0; i < size; i++) {
            predecessors[i] = new int[inCount[i]];
            predecessorOffset[i] = new int[inCount[i]];
            successors[i] = new int[outCount[i]];
            successorOffset[i] = new int[outCount[i]];
        }
        Arrays.fill(inCount, 0);
        Arrays.fill(outCount, 0);
        for (Link link : problem.links()) {
            int from = link.predecessor();
            int to = link.successor();
            int offset = link.startOffset(duration[from], duration[to]);
            predecessors[to][inCount[to]] = from;
            predecessorOffset[to][inCount[to]++] = offset;
            successors[from][outCount[from]] = to;
            successorOffset[from][outCount[from]++] = offset;
        }
    }

    static Network of(LevelingProblem problem) {
        return new Network(problem);
    }

    /** Kahn's order, or null when the links form a cycle. */
    int[] topologicalOrder() {
        int[] waiting = new int[size];
        for (int i = 0; i < size; i++) {
            waiting[i] = predecessors[i].length;
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < size; i++) {
            if (waiting[i] == 0) {
                ready.add(i);
            }
        }
        int[] order = new int[size];
        int placed = 0;
        while (!ready.isEmpty()) {
            int i = ready.poll();
            order[placed++] = i;
            for (int s : successors[i]) {
                if (--waiting[s] == 0) {
                    ready.add(s);
                }
            }
        }
        return placed == size ? order : null;
    }

    /** Earliest starts ignoring resources (the critical-path early starts; pins fix their activity). */
    int[] earlyStarts(int[] order) {
        int[] start = new int[size];
        for (int j : order) {
            int es = earliestStart[j];
            for (int k = 0; k < predecessors[j].length; k++) {
                es = Math.max(es, start[predecessors[j][k]] + predecessorOffset[j][k]);
            }
            start[j] = pinnedStart[j] != Activity.NONE ? pinnedStart[j] : es;
        }
        return start;
    }

    /** Latest starts ignoring resources so that every activity finishes by {@code finish}. */
    int[] lateStarts(int[] order, int finish) {
        int[] start = new int[size];
        for (int o = size - 1; o >= 0; o--) {
            int j = order[o];
            int ls = finish - duration[j];
            for (int k = 0; k < successors[j].length; k++) {
                ls = Math.min(ls, start[successors[j][k]] - successorOffset[j][k]);
            }
            start[j] = ls;
        }
        return start;
    }

    int capacity(int resource, int day) {
        return resources[resource].capacityOn(day);
    }
}
