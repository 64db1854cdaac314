package dev.tandem.planner.engine;

import java.util.Arrays;

/**
 * Turns a priority order of the activities into a schedule: the serial schedule generation scheme (each activity in
 * turn, the first eligible one in the order, at the earliest day its dependencies and the remaining capacity allow),
 * optionally followed by a double justification (everything pushed as late as the finish allows, then as early as
 * possible again in that order), which never lengthens the schedule (Valls, Ballestín and Quintanilla, 2005). Every
 * order gives a schedule that respects the dependencies; capacity is only exceeded by clashing pins or by an activity
 * that needs more than a resource ever has. Not thread-safe: one instance per solver thread.
 */
final class SerialScheduler {

    private final Network network;
    private final int horizon;
    /** capacity[r][day] as given; free[r][day] is what is left of it in the pass under way (negative: overload). */
    private final int[][] capacity;
    private final int[][] free;
    /** The resources each activity needs (demand above 0) and how much: the inner loops skip the others. */
    private final int[][] needed;
    private final int[][] neededUnits;
    private final int[] start;
    private final int[] backwardStart;
    /** The resource picked from each activity's alternatives (-1 for none), forward and backward. */
    private final int[] picked;
    private final int[] backwardPicked;
    private final int[] rank;
    private final int[] waiting;
    private final int[] heap;
    private final long[] sortBuffer;
    private int heapSize;
    private long overload;
    private long decoded;

    SerialScheduler(Network network) {
        this.network = network;
        int fixed = 0;
        int capacityDays = 0;
        long total = 0;
        for (int j = 0; j < network.size; j++) {
            fixed = Math.max(fixed, Math.max(network.earliestStart[j], network.pinnedStart[j] + network.duration[j]));
            total += network.duration[j];
            for (int offset : network.predecessorOffset[j]) {
                total += Math.max(0, offset);
            }
        }
        for (Resource resource : network.resources) {
            capacityDays = Math.max(capacityDays, resource.capacityByDay().length);
        }
        long days = Math.max(fixed, capacityDays) + total + 1;
        if (days >= 1 << 20 || network.size >= 1 << 20) {
            throw new IllegalArgumentException("the plan would span more than a million working days or activities");
        }
        horizon = (int) days;
        capacity = new int[network.resourceCount][horizon + 1];
        free = new int[network.resourceCount][horizon + 1];
        for (int r = 0; r < network.resourceCount; r++) {
            for (int day = 0; day <= horizon; day++) {
                capacity[r][day] = network.capacity(r, day);
            }
        }
        needed = new int[network.size][];
        neededUnits = new int[network.size][];
        for (int j = 0; j < network.size; j++) {
            int[] demand = network.demand[j];
            needed[j] = java.util.stream.IntStream.range(0, demand.length).filter(r -> demand[r] > 0).toArray();
            neededUnits[j] = java.util.Arrays.stream(needed[j]).map(r -> demand[r]).toArray();
        }
        start = new int[network.size];
        backwardStart = new int[network.size];
        picked = new int[network.size];
        backwardPicked = new int[network.size];
        rank = new int[network.size];
        waiting = new int[network.size];
        heap = new int[network.size];
        sortBuffer = new long[network.size];
    }

    /** Schedules the activities in the given priority order (each index once); the starts are in {@link #starts()}. */
    Evaluation schedule(int[] order, boolean justify) {
        decoded++;
        for (int position = 0; position < order.length; position++) {
            rank[order[position]] = position;
        }
        forward();
        Evaluation plain = evaluate();
        if (!justify || network.size == 0) {
            return plain;
        }
        int[] kept = start.clone();
        int[] keptPicks = picked.clone();
        backward(plain.finish());
        // forward again, in the order of the right-justified starts
        // sort keys: (start, previous rank, activity) packed in a long, so sorting needs no boxing
        for (int j = 0; j < network.size; j++) {
            sortBuffer[j] = ((long) backwardStart[j] << 40) | ((long) rank[j] << 20) | j;
        }
        rankBySortedKeys();
        forward();
        Evaluation justified = evaluate();
        if (justified.compareTo(plain) <= 0) {
            return justified;
        }
        System.arraycopy(kept, 0, start, 0, kept.length);
        System.arraycopy(keptPicks, 0, picked, 0, keptPicks.length);
        return plain;
    }

    /** The activities of {@code order} sorted by their {@code starts}, ties in that order. */
    static int[] orderByStarts(int[] starts, int[] order) {
        long[] keys = new long[order.length];
        for (int position = 0; position < order.length; position++) {
            int j = order[position];
            keys[position] = ((long) Math.max(0, starts[j]) << 40) | ((long) position << 20) | j;
        }
        Arrays.sort(keys);
        int[] sorted = new int[order.length];
        for (int position = 0; position < order.length; position++) {
            sorted[position] = (int) (keys[position] & 0xFFFFF);
        }
        return sorted;
    }

    /** How many orders this scheduler has decoded: the number of schedules the search looked at. */
    long decoded() {
        return decoded;
    }

    int[] starts() {
        return start.clone();
    }

    /** The resource picked for each activity among its alternatives, -1 where it has none. */
    int[] picks() {
        return picked.clone();
    }

    private void forward() {
        clear();
        overload = 0;
        for (int j = 0; j < network.size; j++) {
            waiting[j] = network.predecessors[j].length;
        }
        heapSize = 0;
        for (int j = 0; j < network.size; j++) {
            if (waiting[j] == 0) {
                push(j);
            }
        }
        reservePins();
        while (heapSize > 0) {
            int j = pop();
            int earliest = network.earliestStart[j];
            int[] predecessors = network.predecessors[j];
            for (int k = 0; k < predecessors.length; k++) {
                earliest = Math.max(earliest, start[predecessors[k]] + network.predecessorOffset[j][k]);
            }
            if (network.pinnedStart[j] != Activity.NONE) {
                start[j] = network.pinnedStart[j];
                overload += Math.max(0, earliest - start[j]);
            } else {
                start[j] = earliestFit(j, earliest, picked);
                reserve(j, start[j], picked[j]);
            }
            for (int s : network.successors[j]) {
                if (--waiting[s] == 0) {
                    push(s);
                }
            }
        }
    }

    /** Right-justifies the forward schedule within {@code finish}: latest finish first, never before its forward start. */
    private void backward(int finish) {
        clear();
        // latest forward finish first, ties: latest start first
        for (int j = 0; j < network.size; j++) {
            waiting[j] = network.successors[j].length;
            sortBuffer[j] = ((long) (horizon - start[j] - network.duration[j]) << 40)
                    | ((long) (horizon - start[j]) << 20) | j;
        }
        rankBySortedKeys();
        heapSize = 0;
        for (int j = 0; j < network.size; j++) {
            if (waiting[j] == 0) {
                push(j);
            }
        }
        reservePins();
        while (heapSize > 0) {
            int j = pop();
            if (network.pinnedStart[j] != Activity.NONE) {
                backwardStart[j] = network.pinnedStart[j];
            } else {
                int latest = Math.max(start[j], finish - network.duration[j]);
                int[] successors = network.successors[j];
                for (int k = 0; k < successors.length; k++) {
                    latest = Math.min(latest, backwardStart[successors[k]] - network.successorOffset[j][k]);
                }
                backwardStart[j] = latestFit(j, Math.max(latest, start[j]), start[j]);
                reserve(j, backwardStart[j], backwardPicked[j]);
            }
            for (int p : network.predecessors[j]) {
                if (--waiting[p] == 0) {
                    push(p);
                }
            }
        }
    }

    private void rankBySortedKeys() {
        Arrays.sort(sortBuffer);
        for (int position = 0; position < network.size; position++) {
            rank[(int) (sortBuffer[position] & 0xFFFFF)] = position;
        }
    }

    /** Pins first; a pinned activity with alternatives takes the first one free at its pin (else the first). */
    private void reservePins() {
        for (int j = 0; j < network.size; j++) {
            if (network.pinnedStart[j] != Activity.NONE) {
                int pick = -1;
                for (int a : network.anyOf[j]) {
                    if (pick == -1 || fits(j, network.pinnedStart[j], a)) {
                        pick = a;
                        if (fits(j, network.pinnedStart[j], a)) {
                            break;
                        }
                    }
                }
                picked[j] = pick;
                backwardPicked[j] = pick;
                reserve(j, network.pinnedStart[j], pick);
            }
        }
    }

    private boolean fits(int j, int from, int alternative) {
        int[] demand = network.demand[j];
        for (int day = Math.max(0, from); day < Math.min(from + network.duration[j], horizon); day++) {
            for (int r = 0; r < demand.length; r++) {
                int need = demand[r] + (r == alternative ? network.anyUnits[j] : 0);
                if (need > 0 && need > free[r][day]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The earliest start from {@code from} that fits, over the alternatives if any; the pick goes to picks[j]. */
    private int earliestFit(int j, int from, int[] picks) {
        int[] alternatives = network.anyOf[j];
        int best = Integer.MAX_VALUE;
        picks[j] = alternatives.length == 0 ? -1 : alternatives[0];
        if (alternatives.length == 0) {
            best = earliestFitWith(j, from, -1);
        }
        for (int a : alternatives) {
            int t = earliestFitWith(j, from, a);
            if (t < best) {
                best = t;
                picks[j] = a;
            }
        }
        // it never fits: placed as early as its dependencies allow, the excess counts as overload
        return best == Integer.MAX_VALUE ? from : best;
    }

    private int earliestFitWith(int j, int from, int alternative) {
        int duration = network.duration[j];
        if (duration == 0) {
            return from;
        }
        if (alternative == -1) {
            return earliestFitPlain(j, from);
        }
        int[] demand = network.demand[j];
        int extra = network.anyUnits[j];
        int t = from;
        search:
        while (t + duration <= horizon) {
            for (int day = t; day < t + duration; day++) {
                for (int r = 0; r < demand.length; r++) {
                    int need = r == alternative ? demand[r] + extra : demand[r];
                    if (need > 0 && need > free[r][day]) {
                        t = day + 1;
                        continue search;
                    }
                }
            }
            return t;
        }
        return Integer.MAX_VALUE;
    }

    /** The latest start from {@code from} down to {@code lowest} that fits, over the alternatives if any. */
    private int latestFit(int j, int from, int lowest) {
        int[] alternatives = network.anyOf[j];
        int best = Integer.MIN_VALUE;
        backwardPicked[j] = picked[j]; // the forward pick, where its forward place is
        if (alternatives.length == 0) {
            best = latestFitWith(j, from, lowest, -1);
        }
        for (int a : alternatives) {
            int t = latestFitWith(j, from, lowest, a);
            if (t > best) {
                best = t;
                backwardPicked[j] = a;
            }
        }
        return best == Integer.MIN_VALUE ? lowest : best;
    }

    private int latestFitWith(int j, int from, int lowest, int alternative) {
        int duration = network.duration[j];
        if (duration == 0) {
            return from;
        }
        if (alternative == -1) {
            return latestFitPlain(j, from, lowest);
        }
        int[] demand = network.demand[j];
        int extra = network.anyUnits[j];
        int t = from;
        search:
        while (t >= lowest) {
            for (int day = t + duration - 1; day >= t; day--) {
                for (int r = 0; r < demand.length; r++) {
                    int need = r == alternative ? demand[r] + extra : demand[r];
                    if (need > 0 && need > free[r][day]) {
                        t = day - duration;
                        continue search;
                    }
                }
            }
            return t;
        }
        return Integer.MIN_VALUE;
    }

    /** {@link #earliestFitWith} without alternatives: only the resources the activity needs are looked at. */
    private int earliestFitPlain(int j, int from) {
        int duration = network.duration[j];
        int[] resources = needed[j];
        int[] units = neededUnits[j];
        int t = from;
        search:
        while (t + duration <= horizon) {
            for (int day = t; day < t + duration; day++) {
                for (int k = 0; k < resources.length; k++) {
                    if (units[k] > free[resources[k]][day]) {
                        t = day + 1;
                        continue search;
                    }
                }
            }
            return t;
        }
        return Integer.MAX_VALUE;
    }

    private int latestFitPlain(int j, int from, int lowest) {
        int duration = network.duration[j];
        int[] resources = needed[j];
        int[] units = neededUnits[j];
        int t = from;
        search:
        while (t >= lowest) {
            for (int day = t + duration - 1; day >= t; day--) {
                for (int k = 0; k < resources.length; k++) {
                    if (units[k] > free[resources[k]][day]) {
                        t = day - duration;
                        continue search;
                    }
                }
            }
            return t;
        }
        return Integer.MIN_VALUE;
    }

    private void reserve(int j, int from, int alternative) {
        int[] demand = network.demand[j];
        int to = Math.min(from + network.duration[j], horizon);
        for (int r = 0; r < demand.length; r++) {
            int need = r == alternative ? demand[r] + network.anyUnits[j] : demand[r];
            if (need == 0) {
                continue;
            }
            int[] row = free[r];
            for (int day = Math.max(0, from); day < to; day++) {
                int before = Math.max(0, -row[day]);
                row[day] -= need;
                overload += Math.max(0, -row[day]) - before;
            }
        }
    }

    private void clear() {
        for (int r = 0; r < free.length; r++) {
            System.arraycopy(capacity[r], 0, free[r], 0, horizon + 1);
        }
    }

    private Evaluation evaluate() {
        long lateness = 0;
        int finish = 0;
        int moved = 0;
        for (int j = 0; j < network.size; j++) {
            int end = start[j] + network.duration[j];
            finish = Math.max(finish, end);
            if (network.dueFinish[j] != Activity.NONE) {
                lateness += Math.max(0, end - network.dueFinish[j]);
            }
            if (network.currentStart[j] != Activity.NONE && network.currentStart[j] != start[j]) {
                moved++;
            }
        }
        return new Evaluation(overload, lateness, finish, moved);
    }

    // a binary min-heap of activities keyed by rank

    private void push(int j) {
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (rank[heap[parent]] <= rank[j]) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = j;
    }

    private int pop() {
        int top = heap[0];
        int last = heap[--heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && rank[heap[child + 1]] < rank[heap[child]]) {
                child++;
            }
            if (rank[heap[child]] >= rank[last]) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = last;
        return top;
    }

    /** A schedule's measures, compared in the order of the objective (smaller is better). */
    record Evaluation(long overload, long lateness, int finish, int moved) implements Comparable<Evaluation> {

        @Override
        public int compareTo(Evaluation other) {
            if (overload != other.overload) {
                return Long.compare(overload, other.overload);
            }
            if (lateness != other.lateness) {
                return Long.compare(lateness, other.lateness);
            }
            if (finish != other.finish) {
                return Integer.compare(finish, other.finish);
            }
            return Integer.compare(moved, other.moved);
        }
    }
}
