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

    /** Sensitivity is measured on at most this many iterations, which bounds the memory the samples take. */
    static final int SENSITIVITY_ITERATIONS = 10_000;

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
        int stored = Math.min(iterations, SENSITIVITY_ITERATIONS);
        short[] samples = new short[stored * varying.length];
        int[] finishes = new int[iterations];
        int[][] milestoneStarts = new int[milestones.length][iterations];
        int[] criticalCounts = new int[activityCount];
        SplittableRandom random = new SplittableRandom(seed);
        for (int it = 0; it < iterations; it++) {
            boolean store = it < stored;
            int row = it * varying.length;
            for (int j = 0; j < varying.length; j++) {
                int days = drawn[j].sample(random);
                durations[varying[j]] = days;
                if (store) {
                    samples[row + j] = (short) Math.min(days, Short.MAX_VALUE);
                }
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
        double[] sensitivity = sensitivity(samples, varying, stored, finishes, criticalCounts);
        Arrays.sort(finishes);
        for (int[] starts : milestoneStarts) {
            Arrays.sort(starts);
        }
        return new Result(iterations, finishes, milestoneStarts, criticality, sensitivity);
    }

    /**
     * Spearman's rank correlation between each item's drawn duration and the project finish. An item never critical
     * never moved the finish, so it gets 0 without the work of ranking it.
     */
    private static double[] sensitivity(short[] samples, int[] varying, int stored, int[] finishes, int[] criticalCounts) {
        double[] sensitivity = new double[criticalCounts.length];
        if (stored < 2) {
            return sensitivity;
        }
        double[] finishRanks = midranks(Arrays.copyOf(finishes, stored));
        int[] column = new int[stored];
        for (int j = 0; j < varying.length; j++) {
            if (criticalCounts[varying[j]] == 0) {
                continue;
            }
            for (int it = 0; it < stored; it++) {
                column[it] = samples[it * varying.length + j];
            }
            sensitivity[varying[j]] = pearson(midranks(column), finishRanks);
        }
        return sensitivity;
    }

    /** Ranks 1..n, ties sharing the mean of their ranks; by counting when the values span a small range. */
    static double[] midranks(int[] values) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double[] ranks = new double[values.length];
        if ((long) max - min < 1 << 16) {
            int[] counts = new int[max - min + 1];
            for (int v : values) {
                counts[v - min]++;
            }
            double[] rankOfValue = new double[counts.length];
            int below = 0;
            for (int i = 0; i < counts.length; i++) {
                rankOfValue[i] = below + (counts[i] + 1) / 2.0;
                below += counts[i];
            }
            for (int i = 0; i < values.length; i++) {
                ranks[i] = rankOfValue[values[i] - min];
            }
            return ranks;
        }
        long[] keyed = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            keyed[i] = ((long) values[i] << 32) | i;
        }
        Arrays.sort(keyed);
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

    private static double pearson(double[] x, double[] y) {
        int n = x.length;
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            covariance += dx * dy;
            varianceX += dx * dx;
            varianceY += dy * dy;
        }
        return varianceX == 0 || varianceY == 0 ? 0 : covariance / Math.sqrt(varianceX * varianceY);
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
