package dev.tandem.bench;

import dev.tandem.forecast.engine.DurationDistribution;
import dev.tandem.forecast.engine.MonteCarloSimulation;
import dev.tandem.schedule.engine.LinkType;
import dev.tandem.schedule.engine.RepeatedPasses;
import dev.tandem.schedule.engine.ScheduleNetwork;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 10,000-iteration Monte Carlo forecast of a 1,000-item network against 10,000 bare forward and backward passes of
 * the same network with fixed durations, in the same run.
 * <ul>
 * <li>{@code barePasses}: {@link RepeatedPasses#run} 10,000 times on the network's own durations: the passes alone.</li>
 * <li>{@code monteCarlo}: {@link MonteCarloSimulation#run}: per iteration every item's duration drawn (half
 * three-point triangular, half resampled from 30 learned ratios), the same passes, the finish and five milestones
 * recorded and criticality counted; then the percentiles' sorting and the sensitivity ranking.</li>
 * </ul>
 * Shapes: {@code deep}, where each item follows one to three of the fifty before it, and {@code wide}, ten layers of a
 * hundred items, each following one to three of the layer before. Links of all four types (70 % FS, 12 % SS, 12 % FF,
 * 6 % SF), a quarter with a lag of −2 to +5 days; durations 1 to 10 days.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MonteCarloBenchmark {

    static final int ITERATIONS = 10_000;

    @Param({"deep", "wide"})
    String shape;

    @Param("1000")
    int items;

    ScheduleNetwork network;
    RepeatedPasses passes;
    int[] durations;
    DurationDistribution[] distributions;
    int[] milestones;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(GeneratedNetwork.SEED);
        network = "deep".equals(shape) ? deep(random, items) : wide(random, items);
        passes = new RepeatedPasses(network);
        durations = passes.durations();
        distributions = new DurationDistribution[items];
        int[] ratios = new int[30];
        for (int i = 0; i < items; i++) {
            int days = network.duration(i);
            if (i % 2 == 0) {
                distributions[i] = DurationDistribution.triangular(0.8 * days, days, 1.6 * days, 1, 0);
            } else {
                for (int r = 0; r < ratios.length; r++) {
                    ratios[r] = Math.max(1, (int) Math.ceil(days * (0.7 + random.nextDouble())));
                }
                distributions[i] = DurationDistribution.resampled(ratios);
            }
        }
        milestones = new int[] {items / 5, 2 * items / 5, 3 * items / 5, 4 * items / 5, items - 1};
    }

    @Benchmark
    public long barePasses() {
        long sum = 0;
        for (int it = 0; it < ITERATIONS; it++) {
            sum += passes.run(durations);
        }
        return sum;
    }

    @Benchmark
    public MonteCarloSimulation.Result monteCarlo() {
        return MonteCarloSimulation.run(network, distributions, milestones, ITERATIONS, 7);
    }

    /** Each item follows one to three of the fifty before it. */
    static ScheduleNetwork deep(Random random, int count) {
        ScheduleNetwork.Builder builder = builder(random, count);
        for (int i = 1; i < count; i++) {
            int links = 1 + random.nextInt(3);
            java.util.Set<Integer> from = new java.util.HashSet<>();
            for (int l = 0; l < links; l++) {
                from.add(i - 1 - random.nextInt(Math.min(50, i)));
            }
            for (int p : from) {
                link(builder, random, p, i);
            }
        }
        return builder.build();
    }

    /** Ten layers of a tenth of the items, each following one to three items of the layer before. */
    static ScheduleNetwork wide(Random random, int count) {
        ScheduleNetwork.Builder builder = builder(random, count);
        int width = count / 10;
        for (int i = width; i < count; i++) {
            int layerStart = (i / width - 1) * width;
            int links = 1 + random.nextInt(3);
            java.util.Set<Integer> from = new java.util.HashSet<>();
            for (int l = 0; l < links; l++) {
                from.add(layerStart + random.nextInt(width));
            }
            for (int p : from) {
                link(builder, random, p, i);
            }
        }
        return builder.build();
    }

    private static ScheduleNetwork.Builder builder(Random random, int count) {
        ScheduleNetwork.Builder builder = ScheduleNetwork.builder();
        for (int i = 0; i < count; i++) {
            builder.activity("T-" + i, 1 + random.nextInt(10));
        }
        return builder;
    }

    private static void link(ScheduleNetwork.Builder builder, Random random, int predecessor, int successor) {
        int roll = random.nextInt(100);
        LinkType type = roll < 70 ? LinkType.FINISH_TO_START : roll < 82 ? LinkType.START_TO_START
                : roll < 94 ? LinkType.FINISH_TO_FINISH : LinkType.START_TO_FINISH;
        int lag = random.nextInt(4) == 0 ? random.nextInt(8) - 2 : 0;
        builder.link("T-" + predecessor, "T-" + successor, type, lag);
    }
}
