package dev.tandem.bench;

import dev.tandem.schedule.engine.CriticalPathEngine;
import dev.tandem.schedule.engine.Schedule;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The ratios of {@link ScheduleWithDatesBenchmark} measured in pairs: in one JVM, rounds of the bare pass and of the
 * application's path (and of the engine alone) alternate, each round at least 100 ms of the measuring thread's CPU
 * time, and the ratio is taken round by round. CPU time rather than wall time, so that other work on a shared machine,
 * which takes the cores away for a while, does not count; alternating, so that what it still disturbs (caches) weighs
 * on both sides alike. The collector's own threads are not counted (the path with dates allocates, the bare pass
 * hardly), so JMH's figures, which count them, are the ones to compare with a target on an idle machine. Prints, for each shape and size, the median CPU microseconds per
 * call and the median ratio over 11 rounds with the lowest and highest.
 * <p>
 * Run with the application's heap: {@code java -Xms1g -Xmx1g -cp ... dev.tandem.bench.ScheduleWithDatesRatio}.
 */
public final class ScheduleWithDatesRatio {

    private static final int ROUNDS = 11;
    private static final long ROUND_NANOS = 100_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static volatile Object sink;
    private static boolean warmedUp;

    private ScheduleWithDatesRatio() {
    }

    public static void main(String[] args) {
        System.out.println("shape  activities  bare CPU µs/op  with dates CPU µs/op  engine CPU µs/op  with dates / bare (median, min–max)  engine / bare (median)");
        for (int activities : new int[] {1_000, 10_000, 100_000}) {
            for (String shape : new String[] {"wide", "deep"}) {
                measure(shape, activities);
            }
        }
    }

    private static void measure(String shape, int activities) {
        ScheduleWithDatesBenchmark state = new ScheduleWithDatesBenchmark();
        state.shape = shape;
        state.activities = activities;
        state.setUp();
        Supplier<Object> bare = state::bareForwardBackward;
        Supplier<Object> withDates = state::scheduleWithDates;
        Supplier<Object> engine = () -> {
            Schedule schedule = CriticalPathEngine.schedule(state.generated.toNetwork());
            Object last = null;
            for (int i = 0; i < schedule.network().activityCount(); i++) {
                last = schedule.activity(i).dates(state.engineCalendar);
            }
            sink = schedule.criticalPath();
            return last;
        };
        // the first shape warms the compiler up for all: its compilations need CPU time of their own
        for (int warmUp = 0; warmUp < (warmedUp ? 3 : 15); warmUp++) {
            perOp(bare);
            perOp(withDates);
            perOp(engine);
        }
        warmedUp = true;
        List<double[]> rounds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            rounds.add(new double[] {perOp(bare), perOp(withDates), perOp(engine)});
        }
        double[] dates = rounds.stream().mapToDouble(r -> r[1] / r[0]).sorted().toArray();
        double[] engines = rounds.stream().mapToDouble(r -> r[2] / r[0]).sorted().toArray();
        System.out.println(String.format(Locale.ROOT, "%-6s %10d  %14.1f  %20.1f  %16.1f  %6.2f (%.2f–%.2f)  %6.2f", shape,
                activities, median(rounds, 0), median(rounds, 1), median(rounds, 2), dates[ROUNDS / 2], dates[0],
                dates[ROUNDS - 1], engines[ROUNDS / 2]));
    }

    /** CPU microseconds of this thread per call, over at least {@link #ROUND_NANOS} of it. */
    private static double perOp(Supplier<Object> call) {
        long start = THREADS.getCurrentThreadCpuTime();
        long calls = 0;
        long elapsed;
        do {
            sink = call.get();
            calls++;
            elapsed = THREADS.getCurrentThreadCpuTime() - start;
        } while (elapsed < ROUND_NANOS);
        return elapsed / 1_000.0 / calls;
    }

    private static double median(List<double[]> rounds, int column) {
        double[] values = rounds.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }
}
