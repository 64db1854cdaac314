package dev.tandem.forecast.engine;

import dev.tandem.schedule.engine.RepeatedPasses;
import dev.tandem.schedule.engine.ScheduleNetwork;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Runs a compiled network many times, each time with every uncertain item's duration drawn from its
 * {@link DurationDistribution}, through the same critical-path passes as the deterministic schedule. One
 * {@link SplittableRandom} with the given seed draws the durations in a fixed order, so a seed gives the same result.
 */
public final class MonteCarloSimulation {

    private MonteCarloSimulation() {
    }

    /**
     * @param distributions one per activity; null keeps the network's own duration (done work, milestones, summaries)
     * @param milestones    activities whose early start to record each iteration
     */
    public static Result run(ScheduleNetwork network, DurationDistribution[] distributions, int[] milestones,
                             int iterations, long seed) {
        if (iterations < 1) {
            throw new IllegalArgumentException("A simulation needs at least one iteration, not " + iterations);
        }
        int activityCount = network.activityCount();
        RepeatedPasses passes = new RepeatedPasses(network);
        int[] durations = passes.durations();
        int[] workItems = passes.workItems();
        int[] varying = Arrays.stream(workItems).filter(u -> distributions[u] != null).sorted().toArray();
        DurationDistribution[] drawn = new DurationDistribution[varying.length];
        for (int j = 0; j < varying.length; j++) {
            drawn[j] = distributions[varying[j]];
        }
        int[] finishes = new int[iterations];
        int[][] milestoneStarts = new int[milestones.length][iterations];
        int[] criticalCounts = new int[activityCount];
        SplittableRandom random = new SplittableRandom(seed);
        for (int it = 0; it < iterations; it++) {
            for (int j = 0; j < varying.length; j++) {
                durations[varying[j]] = drawn[j].sample(random);
            }
            finishes[it] = passes.run(durations);
            for (int m = 0; m < milestones.length; m++) {
                milestoneStarts[m][it] = passes.earlyStart(milestones[m]);
            }
            for (int u : workItems) {
                if (passes.totalFloat(u) <= 0) {
                    criticalCounts[u]++;
                }
            }
        }
        double[] criticality = new double[activityCount];
        for (int u = 0; u < activityCount; u++) {
            criticality[u] = (double) criticalCounts[u] / iterations;
        }
        double[] sensitivity = sensitivity(drawn, varying, seed, finishes, criticalCounts);
        Arrays.sort(finishes);
        for (int[] starts : milestoneStarts) {
            Arrays.sort(starts);
        }
        return new Result(iterations, finishes, milestoneStarts, criticality, sensitivity);
    }

    /**
     * Spearman's rank correlation between each item's drawn duration and the project finish. Rather than keep every
     * draw, it replays the draws from the seed (they do not depend on the passes) and sums, per item and per possible
     * duration, the finish ranks of the iterations that drew it; both rankings give ties their mean rank. An item never
     * critical never moved the finish, so it gets 0 without the work of ranking it.
     */
    private static double[] sensitivity(DurationDistribution[] drawn, int[] varying, long seed, int[] finishes,
                                        int[] criticalCounts) {
        int iterations = finishes.length;
        double[] sensitivity = new double[criticalCounts.length];
        double[] finishRanks = midranks(finishes);
        double meanRank = (iterations + 1) / 2.0;
        double finishSpread = 0;
        for (double rank : finishRanks) {
            finishSpread += (rank - meanRank) * (rank - meanRank);
        }
        if (iterations < 2 || finishSpread == 0) {
            return sensitivity;
        }
        int[][] counts = new int[varying.length][];
        double[][] finishRankSums = new double[varying.length][];
        for (int j = 0; j < varying.length; j++) {
            counts[j] = new int[drawn[j].valueCount()];
            finishRankSums[j] = new double[drawn[j].valueCount()];
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int it = 0; it < iterations; it++) {
            double finishRank = finishRanks[it];
            for (int j = 0; j < varying.length; j++) {
                int index = drawn[j].sampleIndex(random);
                counts[j][index]++;
                finishRankSums[j][index] += finishRank;
            }
        }
        for (int j = 0; j < varying.length; j++) {
            if (criticalCounts[varying[j]] > 0) {
                sensitivity[varying[j]] = spearman(drawn[j], counts[j], finishRankSums[j], meanRank, finishSpread);
            }
        }
        return sensitivity;
    }

    /** Pearson's correlation of the duration ranks with the finish ranks, from the sums per possible duration. */
    private static double spearman(DurationDistribution distribution, int[] counts, double[] finishRankSums,
                                   double meanRank, double finishSpread) {
        // the same duration may sit at several indices (a shortened distribution); rank by value
        java.util.TreeMap<Integer, double[]> byValue = new java.util.TreeMap<>();
        for (int i = 0; i < counts.length; i++) {
            double[] group = byValue.computeIfAbsent(distribution.value(i), v -> new double[2]);
            group[0] += counts[i];
            group[1] += finishRankSums[i];
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
