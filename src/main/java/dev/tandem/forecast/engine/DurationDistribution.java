package dev.tandem.forecast.engine;

import java.util.Arrays;

/**
 * How long one item may take, in whole working days: a discrete distribution kept as a Walker alias table, which
 * {@link MonteCarloSimulation} samples in constant time (one random 64-bit number a draw).
 * Continuous shapes are discretised exactly: the chance of {@code d} days is the chance that the continuous duration,
 * rounded up to whole days, is {@code d}.
 */
public final class DurationDistribution {

    /** Below this, a scaled duration counts as whole days: {@code 3 × (2.5 / 2.5)} is 3 days, not 4. */
    private static final double ROUNDING_SLACK = 1e-9;
    /** A simulation records each draw as a 16-bit index into the values. */
    static final int MAX_VALUES = 1 << 16;

    private final int[] values;
    private final double[] probabilities;
    private final double[] keep;
    private final int[] alias;

    private DurationDistribution(int[] values, double[] weights) {
        int count = values.length;
        if (count > MAX_VALUES) {
            throw new IllegalArgumentException("A duration may take at most " + MAX_VALUES + " different values, not "
                    + count);
        }
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        this.values = values;
        this.probabilities = new double[count];
        this.keep = new double[count];
        this.alias = new int[count];
        double[] scaled = new double[count];
        int[] small = new int[count];
        int[] large = new int[count];
        int smallCount = 0;
        int largeCount = 0;
        for (int i = 0; i < count; i++) {
            probabilities[i] = weights[i] / total;
            scaled[i] = probabilities[i] * count;
            alias[i] = i;
            if (scaled[i] < 1) {
                small[smallCount++] = i;
            } else {
                large[largeCount++] = i;
            }
        }
        // Vose's variant: pair each short column with a tall one that tops it up to exactly 1.
        while (smallCount > 0 && largeCount > 0) {
            int less = small[--smallCount];
            int more = large[--largeCount];
            keep[less] = scaled[less];
            alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1;
            if (scaled[more] < 1) {
                small[smallCount++] = more;
            } else {
                large[largeCount++] = more;
            }
        }
        while (largeCount > 0) {
            keep[large[--largeCount]] = 1;
        }
        while (smallCount > 0) {
            keep[small[--smallCount]] = 1;
        }
    }

    /** Always {@code days}. */
    public static DurationDistribution fixed(int days) {
        return new DurationDistribution(new int[] {days}, new double[] {1});
    }

    /** Each of {@code low..high} days equally likely. */
    public static DurationDistribution uniform(int low, int high) {
        int[] values = new int[high - low + 1];
        double[] weights = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = low + i;
            weights[i] = 1;
        }
        return new DurationDistribution(values, weights);
    }

    /** Each of {@code draws} equally likely (the same value may appear more than once): resampling a history. */
    public static DurationDistribution resampled(int[] draws) {
        int[] values = Arrays.stream(draws).distinct().sorted().toArray();
        double[] weights = new double[values.length];
        for (int draw : draws) {
            weights[Arrays.binarySearch(values, draw)]++;
        }
        return new DurationDistribution(values, weights);
    }

    /**
     * {@code scale × X} rounded up to whole days (at least one), plus {@code extraDays}, where X is triangular between
     * {@code low} and {@code high} with its peak at {@code mode}.
     */
    public static DurationDistribution triangular(double low, double mode, double high, double scale, int extraDays) {
        if (!(0 <= low && low <= mode && mode <= high) || !(scale > 0)) {
            throw new IllegalArgumentException("A triangular distribution needs 0 ≤ low ≤ mode ≤ high and a positive "
                    + "scale, not " + low + ", " + mode + ", " + high + " × " + scale);
        }
        int first = days(scale * low);
        int last = days(scale * high);
        int[] values = new int[last - first + 1];
        double[] weights = new double[values.length];
        double below = 0;
        for (int d = first; d <= last; d++) {
            // P(days ≤ d) = P(scale × X ≤ d): the continuous duration rounds up to d or less
            double atMost = d == last ? 1 : triangularCdf((d + ROUNDING_SLACK) / scale, low, mode, high);
            values[d - first] = d + extraDays;
            weights[d - first] = Math.max(0, atMost - below);
            below = Math.max(below, atMost);
        }
        return new DurationDistribution(values, weights);
    }

    private static int days(double duration) {
        return Math.max(1, (int) Math.ceil(duration - ROUNDING_SLACK));
    }

    private static double triangularCdf(double x, double low, double mode, double high) {
        if (x <= low) {
            return 0;
        }
        if (x >= high) {
            return 1;
        }
        if (x <= mode) {
            return (x - low) * (x - low) / ((high - low) * (mode - low));
        }
        return 1 - (high - x) * (high - x) / ((high - low) * (high - mode));
    }

    int valueCount() {
        return values.length;
    }

    int value(int index) {
        return values[index];
    }

    /** The alias table's column {@code index}: the share of it that keeps its own value... */
    double keep(int index) {
        return keep[index];
    }

    /** ...and the value index the rest of it goes to. */
    int alias(int index) {
        return alias[index];
    }

    /** The same distribution {@code days} shorter, never below one day. */
    public DurationDistribution shortenedBy(int days) {
        int[] shorter = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            shorter[i] = Math.max(Math.min(1, values[i]), values[i] - days);
        }
        return new DurationDistribution(shorter, probabilities.clone());
    }

    public int min() {
        return Arrays.stream(values).min().orElseThrow();
    }

    public int max() {
        return Arrays.stream(values).max().orElseThrow();
    }

    /** The chance of exactly {@code days}. */
    public double probability(int days) {
        double p = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == days) {
                p += probabilities[i];
            }
        }
        return p;
    }
}
