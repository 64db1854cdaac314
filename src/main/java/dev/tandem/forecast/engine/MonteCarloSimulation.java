package dev.tandem.forecast.engine;

import dev.tandem.schedule.engine.RepeatedPasses;
import dev.tandem.schedule.engine.ScheduleNetwork;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Runs a compiled network many times, each time with every uncertain item's duration drawn from its
 * {@link DurationDistribution}, through the same critical-path passes as the deterministic schedule. The seed's
 * {@link SplittableRandom} is split once per chunk of iterations, and each chunk draws the durations in a fixed order,
 * so a seed gives the same result, on one thread or many.
 * <p>
 * The items' alias tables are packed into flat arrays before the run, so a draw reads neighbouring memory and the
 * draws cost less than the passes.
 */
public final class MonteCarloSimulation {

    /** Sensitivity is measured on at most this many iterations: the draws kept for it take two bytes an item. */
    static final int SENSITIVITY_ITERATIONS = 10_000;
    /** Iterations drawn from one generator; the unit of parallel work. */
    static final int CHUNK = 1_000;

    private MonteCarloSimulation() {
    }

    /** The same as {@link #run(ScheduleNetwork, DurationDistribution[], int[], int, long, boolean)} on one thread. */
    public static Result run(ScheduleNetwork network, DurationDistribution[] distributions, int[] milestones,
                             int iterations, long seed) {
        return run(network, distributions, milestones, iterations, seed, false);
    }

    /**
     * @param distributions one per activity; null keeps the network's own duration (done work, milestones, summaries)
     * @param milestones    activities whose early start to record each iteration
     * @param parallel      whether to run the chunks of {@link #CHUNK} iterations on the common fork-join pool; each
     *                      chunk draws from its own generator split from the seed in chunk order, so the result is the
     *                      same either way
     */
    public static Result run(ScheduleNetwork network, DurationDistribution[] distributions, int[] milestones,
                             int iterations, long seed, boolean parallel) {
        if (iterations < 1) {
            throw new IllegalArgumentException("A simulation needs at least one iteration, not " + iterations);
        }
        int activityCount = network.activityCount();
        int[] varying = IntStream.range(0, activityCount)
                .filter(u -> distributions[u] != null && !network.isSummary(u)).toArray();
        Packed packed = Packed.of(distributions, varying);
        int kept = Math.min(iterations, SENSITIVITY_ITERATIONS);
        char[] draws = new char[kept * varying.length];
        int[] finishes = new int[iterations];
        int[][] milestoneStarts = new int[milestones.length][iterations];
        int chunks = (iterations + CHUNK - 1) / CHUNK;
        SplittableRandom seeded = new SplittableRandom(seed);
        SplittableRandom[] randoms = new SplittableRandom[chunks];
        for (int c = 0; c < chunks; c++) {
            randoms[c] = seeded.split();
        }
        int[][] criticalByChunk = new int[chunks][];
        IntStream range = IntStream.range(0, chunks);
        (parallel ? range.parallel() : range).forEach(c -> criticalByChunk[c] = simulate(network, packed, varying,
                milestones, c * CHUNK, Math.min(iterations, (c + 1) * CHUNK), kept, randoms[c], draws, finishes,
                milestoneStarts));
        double[] criticality = new double[activityCount];
        int[] criticalCounts = new int[activityCount];
        for (int[] counts : criticalByChunk) {
            for (int u = 0; u < activityCount; u++) {
                criticalCounts[u] += counts[u];
            }
        }
        for (int u = 0; u < activityCount; u++) {
            criticality[u] = (double) criticalCounts[u] / iterations;
        }
        double[] sensitivity = sensitivity(packed, varying, draws, Arrays.copyOf(finishes, kept), criticalCounts);
        Arrays.sort(finishes);
        for (int[] starts : milestoneStarts) {
            Arrays.sort(starts);
        }
        return new Result(iterations, finishes, milestoneStarts, criticality, sensitivity);
    }

    /** Iterations {@code from} (inclusive) to {@code to}, each writing only its own slots; answers the critical counts. */
    private static int[] simulate(ScheduleNetwork network, Packed packed, int[] varying, int[] milestones, int from,
                                  int to, int kept, SplittableRandom random, char[] draws, int[] finishes,
                                  int[][] milestoneStarts) {
        RepeatedPasses passes = new RepeatedPasses(network);
        int[] durations = passes.durations();
        int[] criticalCounts = new int[network.activityCount()];
        int[] offset = packed.offset();
        long[] size = packed.size();
        int[] table = packed.table();
        for (int it = from; it < to; it++) {
            int row = it * varying.length;
            for (int j = 0; j < varying.length; j++) {
                // one 64-bit draw: the high half picks the column, the low 31 bits decide between it and its alias;
                // the choice is made with a mask, not a branch, since it is a coin toss the processor cannot predict
                long bits = random.nextLong();
                int column = (int) (((bits >>> 32) * size[j]) >>> 32);
                int at = Packed.WIDTH * (offset[j] + column);
                int own = ((int) (bits & Integer.MAX_VALUE) - table[at]) >> 31;
                durations[varying[j]] = (table[at + 1] & own) | (table[at + 2] & ~own);
                if (it < kept) {
                    draws[row + j] = (char) ((column & own) | (table[at + 3] & ~own));
                }
            }
            finishes[it] = passes.run(durations, criticalCounts);
            for (int m = 0; m < milestones.length; m++) {
                milestoneStarts[m][it] = passes.earlyStart(milestones[m]);
            }
        }
        return criticalCounts;
    }

    /**
     * Every varying item's alias table in one flat array, a column's four ints side by side so a draw reads one cache
     * line and never a second: the share of the column that keeps its own value (scaled to 2^31), its own duration,
     * its alias's duration and the alias's column.
     */
    private record Packed(int[] offset, long[] size, int[] table) {

        static final int WIDTH = 4;

        static Packed of(DurationDistribution[] distributions, int[] varying) {
            int[] offset = new int[varying.length];
            long[] size = new long[varying.length];
            int total = 0;
            for (int j = 0; j < varying.length; j++) {
                offset[j] = total;
                size[j] = distributions[varying[j]].valueCount();
                total += (int) size[j];
            }
            int[] table = new int[WIDTH * total];
            for (int j = 0; j < varying.length; j++) {
                DurationDistribution d = distributions[varying[j]];
                for (int i = 0; i < size[j]; i++) {
                    int at = WIDTH * (offset[j] + i);
                    table[at] = (int) Math.min(Integer.MAX_VALUE, Math.round(d.keep(i) * 0x1p31));
                    table[at + 1] = d.value(i);
                    table[at + 2] = d.value(d.alias(i));
                    table[at + 3] = d.alias(i);
                }
            }
            return new Packed(offset, size, table);
        }

        int value(int k) {
            return table[WIDTH * k + 1];
        }

        int positions() {
            return table.length / WIDTH;
        }
    }

    /**
     * Spearman's rank correlation between each item's drawn duration and the project finish over the kept iterations:
     * per item and per possible duration, the number of iterations that drew it and the sum of their finish ranks,
     * which is all the correlation of ranks needs (ties take their mean rank). An item never critical never moved the
     * finish, so it gets 0 without the work of ranking it.
     */
    private static double[] sensitivity(Packed packed, int[] varying, char[] draws, int[] finishes,
                                        int[] criticalCounts) {
        int iterations = finishes.length;
        double[] sensitivity = new double[criticalCounts.length];
        double[] finishRanks = midranks(finishes);
        double meanRank = (iterations + 1) / 2.0;
        double finishSpread = 0;
        for (double rank : finishRanks) {
            finishSpread += (rank - meanRank) * (rank - meanRank);
        }
        int[] ranked = new int[varying.length];
        int rankedCount = 0;
        for (int j = 0; j < varying.length; j++) {
            if (criticalCounts[varying[j]] > 0) {
                ranked[rankedCount++] = j;
            }
        }
        if (iterations < 2 || finishSpread == 0 || rankedCount == 0) {
            return sensitivity;
        }
        int[] counts = new int[packed.positions()];
        double[] finishRankSums = new double[packed.positions()];
        int[] offset = packed.offset();
        for (int it = 0; it < iterations; it++) {
            int row = it * varying.length;
            double finishRank = finishRanks[it];
            for (int r = 0; r < rankedCount; r++) {
                int j = ranked[r];
                int k = offset[j] + draws[row + j];
                counts[k]++;
                finishRankSums[k] += finishRank;
            }
        }
        for (int r = 0; r < rankedCount; r++) {
            int j = ranked[r];
            sensitivity[varying[j]] = spearman(packed, j, counts, finishRankSums, meanRank, finishSpread);
        }
        return sensitivity;
    }

    /** Pearson's correlation of the duration ranks with the finish ranks, from the sums per possible duration. */
    private static double spearman(Packed packed, int j, int[] counts, double[] finishRankSums, double meanRank,
                                   double finishSpread) {
        // the same duration may sit at several positions (a shortened distribution): rank by value
        TreeMap<Integer, double[]> byValue = new TreeMap<>();
        for (int k = packed.offset()[j], end = k + (int) packed.size()[j]; k < end; k++) {
            double[] group = byValue.computeIfAbsent(packed.value(k), v -> new double[2]);
            group[0] += counts[k];
            group[1] += finishRankSums[k];
        }
        double below = 0;
        double covariance = 0;
        double spread = 0;
        for (double[] group : byValue.values()) {
            double count = group[0];
            if (count == 0) {
                continue;
            }
            double rank = below + (count + 1) / 2;
            below += count;
            covariance += (rank - meanRank) * (group[1] - count * meanRank);
            spread += count * (rank - meanRank) * (rank - meanRank);
        }
        return spread == 0 ? 0 : covariance / Math.sqrt(spread * finishSpread);
    }

    /** Ranks 1..n, ties sharing the mean of their ranks. */
    static double[] midranks(int[] values) {
        long[] keyed = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            keyed[i] = ((long) values[i] << 32) | i;
        }
        Arrays.sort(keyed);
        double[] ranks = new double[values.length];
        for (int from = 0; from < keyed.length; ) {
            int to = from;
            while (to < keyed.length && (keyed[to] >> 32) == (keyed[from] >> 32)) {
                to++;
            }
            double rank = (from + 1 + to) / 2.0;
            for (int k = from; k < to; k++) {
                ranks[(int) keyed[k]] = rank;
            }
            from = to;
        }
        return ranks;
    }

    /**
     * What the iterations gave, in working-day indices: project finishes (exclusive, as the engine counts them) and
     * milestone early starts, each sorted; per activity the share of iterations it was critical in and its
     * sensitivity (Spearman's rho of its duration against the project finish).
     */
    public record Result(int iterations, int[] sortedFinishes, int[][] sortedMilestoneStarts, double[] criticality,
                         double[] sensitivity) {

        /** The smallest finish that at least {@code share} of the iterations reach (nearest rank). */
        public int finishPercentile(double share) {
            return percentile(sortedFinishes, share);
        }

        public int milestonePercentile(int milestone, double share) {
            return percentile(sortedMilestoneStarts[milestone], share);
        }

        /** The share of iterations whose project finish is at most {@code finish}. */
        public double finishProbability(int finish) {
            return atMost(sortedFinishes, finish);
        }

        public double milestoneProbability(int milestone, int start) {
            return atMost(sortedMilestoneStarts[milestone], start);
        }

        static int percentile(int[] sorted, double share) {
            int rank = (int) Math.ceil(share * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
        }

        static double atMost(int[] sorted, int value) {
            int low = 0;
            int high = sorted.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (sorted[mid] <= value) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return (double) low / sorted.length;
        }
    }
}
