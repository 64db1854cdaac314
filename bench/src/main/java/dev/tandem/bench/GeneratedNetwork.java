package dev.tandem.bench;

import dev.tandem.schedule.engine.LinkType;
import dev.tandem.schedule.engine.ScheduleNetwork;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * A random but reproducible project network: activities in layers, links from each activity to one to three layers
 * before it, so it is acyclic and about a hundred activities deep whatever its size, like a long project with many
 * parallel streams.
 * <p>
 * Durations are 1 to 10 working days, one activity in twenty a milestone; there are 1.5 links per activity, of all
 * four types (70 % FS, 12 % SS, 12 % FF, 6 % SF), a quarter of them with a lag of -2 to +5 working days.
 * <p>
 * {@link #deep} is the other shape: each activity follows one to three of the fifty declared just before it, so the
 * network is long and narrow (thousands of activities deep at 100,000), with the same durations, link types and lags.
 */
public record GeneratedNetwork(String[] ids, int[] durations, int[] predecessors, int[] successors, LinkType[] types,
        int[] lags) {

    public static final long SEED = 20270104L;
    static final int LAYERS = 100;
    static final int DEEP_WINDOW = 50;

    public static GeneratedNetwork generate(int activityCount) {
        Random random = new Random(SEED);
        int layers = Math.max(1, Math.min(LAYERS, activityCount / 10));
        String[] ids = new String[activityCount];
        int[] durations = new int[activityCount];
        for (int i = 0; i < activityCount; i++) {
            ids[i] = "T-" + (i + 1);
            durations[i] = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(10);
        }
        int firstOfLayer1 = firstOfLayer(1, layers, activityCount);
        int linkCount = activityCount + activityCount / 2;
        int[] predecessors = new int[linkCount];
        int[] successors = new int[linkCount];
        LinkType[] types = new LinkType[linkCount];
        int[] lags = new int[linkCount];
        Set<Long> linked = new HashSet<>(linkCount * 2);
        int k = 0;
        // Every activity after the first layer hangs on the layer just before it, so the network is as deep as it has layers.
        for (int successor = firstOfLayer1; successor < activityCount && k < linkCount; successor++) {
            int layer = layerOf(successor, layers, activityCount);
            int predecessor = pick(random, layer - 1, layer - 1, layers, activityCount);
            linked.add((long) predecessor << 32 | successor);
            k = addLink(random, k, predecessor, successor, predecessors, successors, types, lags);
        }
        while (k < linkCount) {
            int successor = firstOfLayer1 + random.nextInt(activityCount - firstOfLayer1);
            int layer = layerOf(successor, layers, activityCount);
            int predecessor = pick(random, Math.max(0, layer - 3), layer - 1, layers, activityCount);
            if (linked.add((long) predecessor << 32 | successor)) {
                k = addLink(random, k, predecessor, successor, predecessors, successors, types, lags);
            }
        }
        return new GeneratedNetwork(ids, durations, predecessors, successors, types, lags);
    }

    /** The network of the given shape: {@code wide} ({@link #generate}) or {@code deep} ({@link #deep}). */
    public static GeneratedNetwork of(String shape, int activityCount) {
        return switch (shape) {
            case "wide" -> generate(activityCount);
            case "deep" -> deep(activityCount);
            default -> throw new IllegalArgumentException("Unknown shape: " + shape);
        };
    }

    /** Each activity after the first follows one to three distinct activities among the fifty before it. */
    public static GeneratedNetwork deep(int activityCount) {
        Random random = new Random(SEED);
        String[] ids = new String[activityCount];
        int[] durations = new int[activityCount];
        for (int i = 0; i < activityCount; i++) {
            ids[i] = "T-" + (i + 1);
            durations[i] = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(10);
        }
        int capacity = 3 * activityCount;
        int[] predecessors = new int[capacity];
        int[] successors = new int[capacity];
        LinkType[] types = new LinkType[capacity];
        int[] lags = new int[capacity];
        int k = 0;
        int[] chosen = new int[3];
        for (int successor = 1; successor < activityCount; successor++) {
            int window = Math.min(DEEP_WINDOW, successor);
            int count = Math.min(window, 1 + random.nextInt(3));
            for (int c = 0; c < count; c++) {
                int predecessor;
                boolean taken;
                do {
                    predecessor = successor - 1 - random.nextInt(window);
                    taken = false;
                    for (int e = 0; e < c; e++) {
                        taken |= chosen[e] == predecessor;
                    }
                } while (taken);
                chosen[c] = predecessor;
                k = addLink(random, k, predecessor, successor, predecessors, successors, types, lags);
            }
        }
        return new GeneratedNetwork(ids, durations, Arrays.copyOf(predecessors, k),
                Arrays.copyOf(successors, k), Arrays.copyOf(types, k), Arrays.copyOf(lags, k));
    }

    public int activityCount() {
        return ids.length;
    }

    public int linkCount() {
        return predecessors.length;
    }

    /** The engine's network, validated, laid out and sorted: what the app builds before scheduling. */
    public ScheduleNetwork toNetwork() {
        return ScheduleNetwork.ofArrays(ids, durations, predecessors, successors, types, lags);
    }

    private static int addLink(Random random, int k, int predecessor, int successor, int[] predecessors,
            int[] successors, LinkType[] types, int[] lags) {
        predecessors[k] = predecessor;
        successors[k] = successor;
        int type = random.nextInt(100);
        types[k] = type < 70 ? LinkType.FINISH_TO_START
                : type < 82 ? LinkType.START_TO_START
                : type < 94 ? LinkType.FINISH_TO_FINISH
                : LinkType.START_TO_FINISH;
        lags[k] = random.nextInt(4) == 0 ? lag(random) : 0;
        return k + 1;
    }

    private static int lag(Random random) {
        int lag = random.nextInt(7) - 2;
        return lag >= 0 ? lag + 1 : lag;
    }

    private static int pick(Random random, int fromLayer, int toLayer, int layers, int activityCount) {
        int from = firstOfLayer(fromLayer, layers, activityCount);
        int to = firstOfLayer(toLayer + 1, layers, activityCount);
        return from + random.nextInt(to - from);
    }

    private static int firstOfLayer(int layer, int layers, int activityCount) {
        return (int) ((long) layer * activityCount / layers);
    }

    private static int layerOf(int activity, int layers, int activityCount) {
        return (int) (((long) (activity + 1) * layers - 1) / activityCount);
    }
}
