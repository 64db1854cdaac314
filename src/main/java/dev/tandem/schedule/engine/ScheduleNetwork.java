package dev.tandem.schedule.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.StringJoiner;

/**
 * The activities and dependencies to schedule, validated and laid out in flat int arrays for the passes.
 * <p>
 * Activities are addressed by their position ({@code 0..activityCount()-1}) or their id. Durations, constraints and
 * lags are in working days (see {@link WorkingCalendar}); a start-no-earlier-than is a start index, a
 * finish-no-later-than an exclusive finish index. An activity with children is a summary: its dates are rolled up from
 * them, its own duration is ignored, its constraints apply to all its descendants, and it may not be linked.
 * <p>
 * Immutable. Building one refuses dependency cycles (naming them), parent cycles, unknown ids and negative durations
 * with {@link IllegalArgumentException}.
 */
public final class ScheduleNetwork {

    static final int NO_START_CONSTRAINT = Integer.MIN_VALUE;
    static final int NO_FINISH_CONSTRAINT = Integer.MAX_VALUE;
    static final int NO_PARENT = -1;

    final String[] ids;
    final int[] durations;
    final int[] ownStartNoEarlierThan;
    final int[] ownFinishNoLaterThan;
    final int[] parents;
    final int[] childStart;
    final int[] children;
    final int[] summariesDeepestFirst;
    /** Start-no-earlier-than inherited from ancestors and floored at the project start. */
    final int[] earliestStart;
    /** Finish-no-later-than inherited from ancestors. */
    final int[] finishBound;
    /** Links in compressed rows by predecessor: links of activity u are {@code successorStart[u]..successorStart[u+1]}. */
    final int[] successorStart;
    final int[] successors;
    final LinkType[] linkTypes;
    final int[] lags;
    final int[] startOffsets;
    /** Non-summary activities, every predecessor before its successors. */
    final int[] topologicalOrder;
    final int[] topologicalRank;
    private volatile Predecessors predecessors;
    private volatile Map<String, Integer> indexById;

    /**
     * Incoming links in compressed rows by successor: link {@code positions[j]} comes from {@code sources[j]}.
     */
    record Predecessors(int[] start, int[] sources, int[] positions) {
    }

    private ScheduleNetwork(String[] ids, int[] durations, int[] ownStartNoEarlierThan, int[] ownFinishNoLaterThan,
            int[] parents, int[] linkPredecessors, int[] linkSuccessors, LinkType[] linkTypesInInputOrder,
            int[] lagsInInputOrder) {
        int activityCount = ids.length;
        if (durations.length != activityCount || ownStartNoEarlierThan.length != activityCount
                || ownFinishNoLaterThan.length != activityCount || parents.length != activityCount) {
            throw new IllegalArgumentException("Every activity array must have one entry per id");
        }
        int linkCount = linkPredecessors.length;
        if (linkSuccessors.length != linkCount || linkTypesInInputOrder.length != linkCount
                || lagsInInputOrder.length != linkCount) {
            throw new IllegalArgumentException("Every link array must have one entry per link");
        }
        for (int i = 0; i < activityCount; i++) {
            if (durations[i] < 0) {
                throw new IllegalArgumentException("Activity " + ids[i] + " has a negative duration: " + durations[i]);
            }
        }
        this.ids = ids;
        this.durations = durations;
        this.ownStartNoEarlierThan = ownStartNoEarlierThan;
        this.ownFinishNoLaterThan = ownFinishNoLaterThan;
        this.parents = parents;

        int[] depth = depthsInHierarchy(ids, parents);
        this.childStart = new int[activityCount + 1];
        this.children = groupByRow(parents, childStart, depth.length);
        int[] shallowestFirst = sortedByDepth(depth);
        this.summariesDeepestFirst = summariesDeepestFirst(shallowestFirst);
        this.earliestStart = new int[activityCount];
        this.finishBound = new int[activityCount];
        for (int activity : shallowestFirst) {
            inheritConstraints(activity);
        }

        this.successorStart = new int[activityCount + 1];
        this.successors = new int[linkCount];
        this.linkTypes = new LinkType[linkCount];
        this.lags = new int[linkCount];
        this.startOffsets = new int[linkCount];
        layOutLinks(linkPredecessors, linkSuccessors, linkTypesInInputOrder, lagsInInputOrder);
        this.topologicalOrder = new int[activityCount - summariesDeepestFirst.length];
        this.topologicalRank = new int[activityCount];
        sortTopologically();
    }

    private ScheduleNetwork(ScheduleNetwork base, int[] durations, int[] startOffsets, int[] ownStartNoEarlierThan,
            int[] ownFinishNoLaterThan, int[] earliestStart, int[] finishBound) {
        this.ids = base.ids;
        this.durations = durations;
        this.ownStartNoEarlierThan = ownStartNoEarlierThan;
        this.ownFinishNoLaterThan = ownFinishNoLaterThan;
        this.parents = base.parents;
        this.childStart = base.childStart;
        this.children = base.children;
        this.summariesDeepestFirst = base.summariesDeepestFirst;
        this.earliestStart = earliestStart;
        this.finishBound = finishBound;
        this.successorStart = base.successorStart;
        this.successors = base.successors;
        this.linkTypes = base.linkTypes;
        this.lags = base.lags;
        this.startOffsets = startOffsets;
        this.topologicalOrder = base.topologicalOrder;
        this.topologicalRank = base.topologicalRank;
        this.predecessors = base.predecessors;
        this.indexById = base.indexById;
    }

    /**
     * A network of plain activities (no constraints, no hierarchy) straight from arrays, for callers that already hold
     * them; link {@code k} runs from {@code linkPredecessors[k]} to {@code linkSuccessors[k]} (activity positions).
     */
    public static ScheduleNetwork ofArrays(String[] ids, int[] durations, int[] linkPredecessors, int[] linkSuccessors,
            LinkType[] linkTypes, int[] linkLags) {
        int activityCount = ids.length;
        int[] noStartConstraints = new int[activityCount];
        int[] noFinishConstraints = new int[activityCount];
        int[] noParents = new int[activityCount];
        Arrays.fill(noStartConstraints, NO_START_CONSTRAINT);
        Arrays.fill(noFinishConstraints, NO_FINISH_CONSTRAINT);
        Arrays.fill(noParents, NO_PARENT);
        return new ScheduleNetwork(ids.clone(), durations.clone(), noStartConstraints, noFinishConstraints, noParents,
                linkPredecessors, linkSuccessors, linkTypes, linkLags);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int activityCount() {
        return ids.length;
    }

    public String id(int activity) {
        return ids[activity];
    }

    /** @throws IllegalArgumentException if no activity has this id */
    public int indexOf(String id) {
        Map<String, Integer> index = indexById;
        if (index == null) {
            index = new HashMap<>(ids.length * 2);
            for (int i = 0; i < ids.length; i++) {
                index.put(ids[i], i);
            }
            indexById = index;
        }
        Integer activity = index.get(id);
        if (activity == null) {
            throw new IllegalArgumentException("Unknown activity: " + id);
        }
        return activity;
    }

    public int duration(int activity) {
        return durations[activity];
    }

    public boolean isSummary(int activity) {
        return childStart[activity + 1] > childStart[activity];
    }

    public OptionalInt startNoEarlierThan(int activity) {
        int start = ownStartNoEarlierThan[activity];
        return start == NO_START_CONSTRAINT ? OptionalInt.empty() : OptionalInt.of(start);
    }

    public OptionalInt finishNoLaterThan(int activity) {
        int finish = ownFinishNoLaterThan[activity];
        return finish == NO_FINISH_CONSTRAINT ? OptionalInt.empty() : OptionalInt.of(finish);
    }

    ScheduleNetwork withDuration(int activity, int duration) {
        if (duration < 0) {
            throw new IllegalArgumentException("Activity " + ids[activity] + " cannot take a negative duration: " + duration);
        }
        if (isSummary(activity)) {
            throw new IllegalArgumentException(
                    "Activity " + ids[activity] + " is a summary; its duration comes from its children");
        }
        int[] newDurations = durations.clone();
        newDurations[activity] = duration;
        int[] newOffsets = startOffsets.clone();
        for (int k = successorStart[activity]; k < successorStart[activity + 1]; k++) {
            newOffsets[k] = linkTypes[k].startOffset(duration, newDurations[successors[k]], lags[k]);
        }
        Predecessors incoming = predecessors();
        for (int j = incoming.start[activity]; j < incoming.start[activity + 1]; j++) {
            int k = incoming.positions[j];
            newOffsets[k] = linkTypes[k].startOffset(newDurations[incoming.sources[j]], duration, lags[k]);
        }
        return new ScheduleNetwork(this, newDurations, newOffsets, ownStartNoEarlierThan, ownFinishNoLaterThan,
                earliestStart, finishBound);
    }

    ScheduleNetwork withStartNoEarlierThan(int activity, OptionalInt start) {
        int[] newOwn = ownStartNoEarlierThan.clone();
        newOwn[activity] = start.orElse(NO_START_CONSTRAINT);
        ScheduleNetwork changed = new ScheduleNetwork(this, durations, startOffsets, newOwn, ownFinishNoLaterThan,
                earliestStart.clone(), finishBound);
        changed.reinheritConstraints(activity);
        return changed;
    }

    ScheduleNetwork withFinishNoLaterThan(int activity, OptionalInt finish) {
        int[] newOwn = ownFinishNoLaterThan.clone();
        newOwn[activity] = finish.orElse(NO_FINISH_CONSTRAINT);
        ScheduleNetwork changed = new ScheduleNetwork(this, durations, startOffsets, ownStartNoEarlierThan, newOwn,
                earliestStart, finishBound.clone());
        changed.reinheritConstraints(activity);
        return changed;
    }

    /** The activity itself if it is not a summary, else every non-summary activity below it. */
    int[] leavesUnder(int activity) {
        int[] leaves = new int[activityCount()];
        int leafCount = 0;
        int[] stack = new int[activityCount()];
        int top = 0;
        stack[top++] = activity;
        while (top > 0) {
            int current = stack[--top];
            if (isSummary(current)) {
                for (int c = childStart[current]; c < childStart[current + 1]; c++) {
                    stack[top++] = children[c];
                }
            } else {
                leaves[leafCount++] = current;
            }
        }
        return Arrays.copyOf(leaves, leafCount);
    }

    Predecessors predecessors() {
        Predecessors incoming = predecessors;
        if (incoming == null) {
            int linkCount = successors.length;
            int[] start = new int[activityCount() + 1];
            for (int k = 0; k < linkCount; k++) {
                start[successors[k] + 1]++;
            }
            for (int i = 0; i < activityCount(); i++) {
                start[i + 1] += start[i];
            }
            int[] next = Arrays.copyOf(start, activityCount());
            int[] sources = new int[linkCount];
            int[] positions = new int[linkCount];
            for (int u = 0; u < activityCount(); u++) {
                for (int k = successorStart[u]; k < successorStart[u + 1]; k++) {
                    int j = next[successors[k]]++;
                    sources[j] = u;
                    positions[j] = k;
                }
            }
            incoming = new Predecessors(start, sources, positions);
            predecessors = incoming;
        }
        return incoming;
    }

    private void inheritConstraints(int activity) {
        int parent = parents[activity];
        int inheritedStart = parent == NO_PARENT ? 0 : earliestStart[parent];
        int inheritedFinish = parent == NO_PARENT ? NO_FINISH_CONSTRAINT : finishBound[parent];
        earliestStart[activity] = Math.max(inheritedStart, ownStartNoEarlierThan[activity]);
        finishBound[activity] = Math.min(inheritedFinish, ownFinishNoLaterThan[activity]);
    }

    private void reinheritConstraints(int activity) {
        inheritConstraints(activity);
        for (int c = childStart[activity]; c < childStart[activity + 1]; c++) {
            reinheritConstraints(children[c]);
        }
    }

    private static int[] depthsInHierarchy(String[] ids, int[] parents) {
        int activityCount = ids.length;
        int[] depth = new int[activityCount];
        Arrays.fill(depth, -1);
        int[] path = new int[activityCount];
        boolean[] onPath = new boolean[activityCount];
        for (int i = 0; i < activityCount; i++) {
            int length = 0;
            int current = i;
            while (current != NO_PARENT && depth[current] < 0) {
                if (onPath[current]) {
                    throw new IllegalArgumentException("Parents form a cycle through " + ids[current]);
                }
                onPath[current] = true;
                path[length++] = current;
                int parent = parents[current];
                if (parent != NO_PARENT && (parent < 0 || parent >= activityCount)) {
                    throw new IllegalArgumentException("Activity " + ids[current] + " has an unknown parent " + parent);
                }
                current = parent;
            }
            int nextDepth = current == NO_PARENT ? 0 : depth[current] + 1;
            for (int p = length - 1; p >= 0; p--) {
                depth[path[p]] = nextDepth++;
                onPath[path[p]] = false;
            }
        }
        return depth;
    }

    /** Counting sort of rows into compressed form: fills {@code start} and returns the members in row order. */
    private static int[] groupByRow(int[] rowOf, int[] start, int rowCount) {
        int memberCount = 0;
        for (int row : rowOf) {
            if (row >= 0) {
                start[row + 1]++;
                memberCount++;
            }
        }
        for (int r = 0; r < rowCount; r++) {
            start[r + 1] += start[r];
        }
        int[] next = Arrays.copyOf(start, rowCount);
        int[] members = new int[memberCount];
        for (int i = 0; i < rowOf.length; i++) {
            if (rowOf[i] >= 0) {
                members[next[rowOf[i]]++] = i;
            }
        }
        return members;
    }

    private static int[] sortedByDepth(int[] depth) {
        int maxDepth = 0;
        for (int d : depth) {
            maxDepth = Math.max(maxDepth, d);
        }
        int[] start = new int[maxDepth + 2];
        return groupByRow(depth, start, maxDepth + 1);
    }

    private int[] summariesDeepestFirst(int[] shallowestFirst) {
        int[] summaries = new int[shallowestFirst.length];
        int count = 0;
        for (int i = shallowestFirst.length - 1; i >= 0; i--) {
            if (isSummary(shallowestFirst[i])) {
                summaries[count++] = shallowestFirst[i];
            }
        }
        return Arrays.copyOf(summaries, count);
    }

    private void layOutLinks(int[] linkPredecessors, int[] linkSuccessors, LinkType[] types, int[] linkLags) {
        int activityCount = activityCount();
        for (int k = 0; k < linkPredecessors.length; k++) {
            int predecessor = linkPredecessors[k];
            int successor = linkSuccessors[k];
            if (predecessor < 0 || predecessor >= activityCount || successor < 0 || successor >= activityCount) {
                throw new IllegalArgumentException("Link " + k + " joins an unknown activity");
            }
            if (isSummary(predecessor) || isSummary(successor)) {
                throw new IllegalArgumentException("Link " + ids[predecessor] + " → " + ids[successor]
                        + " touches a summary item; link the work items below it instead");
            }
            successorStart[predecessor + 1]++;
        }
        for (int i = 0; i < activityCount; i++) {
            successorStart[i + 1] += successorStart[i];
        }
        int[] next = Arrays.copyOf(successorStart, activityCount);
        for (int k = 0; k < linkPredecessors.length; k++) {
            int predecessor = linkPredecessors[k];
            int successor = linkSuccessors[k];
            int position = next[predecessor]++;
            successors[position] = successor;
            linkTypes[position] = types[k];
            lags[position] = linkLags[k];
            startOffsets[position] = types[k].startOffset(durations[predecessor], durations[successor], linkLags[k]);
        }
    }

    /** Kahn's algorithm; whatever it cannot order lies on or behind a cycle. */
    private void sortTopologically() {
        int activityCount = activityCount();
        int[] waitingFor = new int[activityCount];
        for (int successor : successors) {
            waitingFor[successor]++;
        }
        int tail = 0;
        for (int i = 0; i < activityCount; i++) {
            topologicalRank[i] = -1;
            if (waitingFor[i] == 0 && !isSummary(i)) {
                topologicalOrder[tail++] = i;
            }
        }
        for (int head = 0; head < tail; head++) {
            int u = topologicalOrder[head];
            topologicalRank[u] = head;
            for (int k = successorStart[u]; k < successorStart[u + 1]; k++) {
                if (--waitingFor[successors[k]] == 0) {
                    topologicalOrder[tail++] = successors[k];
                }
            }
        }
        if (tail < topologicalOrder.length) {
            throw new IllegalArgumentException("Dependencies form a cycle: " + describeCycle(waitingFor));
        }
    }

    /** Walks backwards through unordered activities; each still waits for an unordered predecessor, so a cycle comes round. */
    private String describeCycle(int[] waitingFor) {
        Predecessors incoming = predecessors();
        int[] positionInWalk = new int[activityCount()];
        Arrays.fill(positionInWalk, -1);
        int[] walk = new int[activityCount()];
        int length = 0;
        int current = 0;
        while (waitingFor[current] == 0) {
            current++;
        }
        while (positionInWalk[current] < 0) {
            positionInWalk[current] = length;
            walk[length++] = current;
            int j = incoming.start[current];
            while (waitingFor[incoming.sources[j]] == 0) {
                j++;
            }
            current = incoming.sources[j];
        }
        // The walk ran against the links; read it forwards, starting from the activity declared first.
        int cycleStart = positionInWalk[current];
        int first = length - 1;
        for (int p = cycleStart; p < length; p++) {
            if (walk[p] < walk[first]) {
                first = p;
            }
        }
        StringJoiner cycle = new StringJoiner(" → ");
        int cycleLength = length - cycleStart;
        for (int step = 0; step <= cycleLength; step++) {
            int p = first - step;
            cycle.add(ids[walk[p < cycleStart ? p + cycleLength : p]]);
        }
        return cycle.toString();
    }

    /**
     * Collects activities by id; each must be declared before it is constrained, parented or linked. Activities are
     * numbered in the order they are declared, and may also be addressed by that position ({@link #positionOf}).
     */
    public static final class Builder {

        private Map<String, Integer> indexById = new HashMap<>();
        private boolean indexHandedOver;
        private String[] ids = new String[16];
        private int[] durations = new int[16];
        private int[] startNoEarlierThan = new int[16];
        private int[] finishNoLaterThan = new int[16];
        private int[] parents = new int[16];
        private int activityCount;
        private int[] linkPredecessors = new int[16];
        private int[] linkSuccessors = new int[16];
        private LinkType[] linkTypes = new LinkType[16];
        private int[] linkLags = new int[16];
        private int linkCount;

        private Builder() {
        }

        /** Adds an activity lasting {@code duration} working days (0 makes it a milestone). */
        public Builder activity(String id, int duration) {
            if (indexHandedOver) {
                // a network built earlier holds the index; it must not see later activities
                indexById = new HashMap<>(indexById);
                indexHandedOver = false;
            }
            if (indexById.putIfAbsent(id, activityCount) != null) {
                throw new IllegalArgumentException("Duplicate activity id: " + id);
            }
            if (activityCount == ids.length) {
                int capacity = 2 * activityCount;
                ids = Arrays.copyOf(ids, capacity);
                durations = Arrays.copyOf(durations, capacity);
                startNoEarlierThan = Arrays.copyOf(startNoEarlierThan, capacity);
                finishNoLaterThan = Arrays.copyOf(finishNoLaterThan, capacity);
                parents = Arrays.copyOf(parents, capacity);
            }
            ids[activityCount] = id;
            durations[activityCount] = duration;
            startNoEarlierThan[activityCount] = NO_START_CONSTRAINT;
            finishNoLaterThan[activityCount] = NO_FINISH_CONSTRAINT;
            parents[activityCount] = NO_PARENT;
            activityCount++;
            return this;
        }

        public Builder milestone(String id) {
            return activity(id, 0);
        }

        /** The position of a declared activity, or -1 if none has this id. */
        public int positionOf(String id) {
            Integer index = indexById.get(id);
            return index == null ? -1 : index;
        }

        /** Changes the duration of the activity at {@code activity} (a position). */
        public Builder duration(int activity, int duration) {
            durations[checked(activity)] = duration;
            return this;
        }

        /** The activity may not start before working-day index {@code start}. */
        public Builder startNoEarlierThan(String id, int start) {
            return startNoEarlierThan(index(id), start);
        }

        public Builder startNoEarlierThan(int activity, int start) {
            startNoEarlierThan[checked(activity)] = start;
            return this;
        }

        /** The activity must finish by exclusive working-day index {@code finish} (its last day is {@code finish - 1}). */
        public Builder finishNoLaterThan(String id, int finish) {
            return finishNoLaterThan(index(id), finish);
        }

        public Builder finishNoLaterThan(int activity, int finish) {
            finishNoLaterThan[checked(activity)] = finish;
            return this;
        }

        public Builder parent(String childId, String parentId) {
            if (childId.equals(parentId)) {
                throw new IllegalArgumentException("Activity " + childId + " cannot be its own parent");
            }
            return parent(index(childId), index(parentId));
        }

        public Builder parent(int child, int parent) {
            if (checked(child) == checked(parent)) {
                throw new IllegalArgumentException("Activity " + ids[child] + " cannot be its own parent");
            }
            parents[child] = parent;
            return this;
        }

        public Builder link(String predecessorId, String successorId, LinkType type, int lag) {
            if (predecessorId.equals(successorId)) {
                throw new IllegalArgumentException("Dependencies form a cycle: " + predecessorId + " → " + successorId);
            }
            return link(index(predecessorId), index(successorId), type, lag);
        }

        /** Links the activities at two positions. */
        public Builder link(int predecessor, int successor, LinkType type, int lag) {
            if (checked(predecessor) == checked(successor)) {
                throw new IllegalArgumentException("Dependencies form a cycle: " + ids[predecessor] + " → " + ids[successor]);
            }
            if (linkCount == linkPredecessors.length) {
                int capacity = 2 * linkCount;
                linkPredecessors = Arrays.copyOf(linkPredecessors, capacity);
                linkSuccessors = Arrays.copyOf(linkSuccessors, capacity);
                linkTypes = Arrays.copyOf(linkTypes, capacity);
                linkLags = Arrays.copyOf(linkLags, capacity);
            }
            linkPredecessors[linkCount] = predecessor;
            linkSuccessors[linkCount] = successor;
            linkTypes[linkCount] = type;
            linkLags[linkCount] = lag;
            linkCount++;
            return this;
        }

        public ScheduleNetwork build() {
            ScheduleNetwork network = new ScheduleNetwork(Arrays.copyOf(ids, activityCount),
                    Arrays.copyOf(durations, activityCount), Arrays.copyOf(startNoEarlierThan, activityCount),
                    Arrays.copyOf(finishNoLaterThan, activityCount), Arrays.copyOf(parents, activityCount),
                    Arrays.copyOf(linkPredecessors, linkCount), Arrays.copyOf(linkSuccessors, linkCount),
                    Arrays.copyOf(linkTypes, linkCount), Arrays.copyOf(linkLags, linkCount));
            // The network looks ids up in the builder's index rather than building its own.
            network.indexById = indexById;
            indexHandedOver = true;
            return network;
        }

        private int index(String id) {
            Integer index = indexById.get(id);
            if (index == null) {
                throw new IllegalArgumentException("Unknown activity: " + id);
            }
            return index;
        }

        private int checked(int activity) {
            if (activity < 0 || activity >= activityCount) {
                throw new IllegalArgumentException("Unknown activity position: " + activity);
            }
            return activity;
        }
    }
}
