package dev.tandem.bench;

import dev.tandem.schedule.engine.LinkType;
import java.util.Arrays;

/**
 * The floor to compare the engine with: a forward and a backward pass over plain int arrays, nothing else. Links are in
 * compressed rows by predecessor, each reduced to "successor start ≥ predecessor start + offset", and the topological
 * order is computed once, outside any measurement. No calendar, no constraints, no summaries, no floats beyond what
 * the two passes give (total float is late start minus early start).
 */
final class BareCpm {

    final int activityCount;
    final int[] durations;
    final int[] successorStart;
    final int[] successors;
    final int[] offsets;
    final int[] order;

    /** Early and late starts, and the exclusive project finish, of one run. */
    record Result(int projectFinish, int[] earlyStart, int[] lateStart) {
    }

    private BareCpm(int[] durations, int[] successorStart, int[] successors, int[] offsets, int[] order) {
        this.activityCount = durations.length;
        this.durations = durations;
        this.successorStart = successorStart;
        this.successors = successors;
        this.offsets = offsets;
        this.order = order;
    }

    static BareCpm of(GeneratedNetwork network) {
        int n = network.activityCount();
        int m = network.linkCount();
        int[] durations = network.durations().clone();
        int[] start = new int[n + 1];
        for (int p : network.predecessors()) {
            start[p + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] next = Arrays.copyOf(start, n);
        int[] successors = new int[m];
        int[] offsets = new int[m];
        for (int k = 0; k < m; k++) {
            int p = network.predecessors()[k];
            int s = network.successors()[k];
            int position = next[p]++;
            successors[position] = s;
            offsets[position] = offset(network.types()[k], durations[p], durations[s], network.lags()[k]);
        }
        int[] waiting = new int[n];
        for (int s : successors) {
            waiting[s]++;
        }
        int[] order = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                order[tail++] = i;
            }
        }
        for (int head = 0; head < tail; head++) {
            int u = order[head];
            for (int k = start[u]; k < start[u + 1]; k++) {
                if (--waiting[successors[k]] == 0) {
                    order[tail++] = successors[k];
                }
            }
        }
        if (tail != n) {
            throw new IllegalStateException("The generated network has a cycle");
        }
        return new BareCpm(durations, start, successors, offsets, order);
    }

    static int offset(LinkType type, int predecessorDuration, int successorDuration, int lag) {
        return switch (type) {
            case FINISH_TO_START -> predecessorDuration + lag;
            case START_TO_START -> lag;
            case FINISH_TO_FINISH -> predecessorDuration + lag - successorDuration;
            case START_TO_FINISH -> lag - successorDuration;
        };
    }

    Result run() {
        int[] earlyStart = new int[activityCount];
        int[] lateStart = new int[activityCount];
        int projectFinish = 0;
        for (int u : order) {
            int start = earlyStart[u];
            projectFinish = Math.max(projectFinish, start + durations[u]);
            for (int k = successorStart[u], end = successorStart[u + 1]; k < end; k++) {
                int candidate = start + offsets[k];
                if (candidate > earlyStart[successors[k]]) {
                    earlyStart[successors[k]] = candidate;
                }
            }
        }
        for (int r = activityCount - 1; r >= 0; r--) {
            int u = order[r];
            int latest = projectFinish - durations[u];
            for (int k = successorStart[u], end = successorStart[u + 1]; k < end; k++) {
                int bound = lateStart[successors[k]] - offsets[k];
                if (bound < latest) {
                    latest = bound;
                }
            }
            lateStart[u] = latest;
        }
        return new Result(projectFinish, earlyStart, lateStart);
    }
}
