package dev.tandem.bench;

import dev.tandem.schedule.engine.ActivitySchedule;
import dev.tandem.schedule.engine.CriticalPathEngine;
import dev.tandem.schedule.engine.Schedule;
import dev.tandem.schedule.engine.ScheduleNetwork;
import dev.tandem.schedule.engine.WorkingCalendar;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The full critical path method on a 100,000-activity, 150,000-link network, against a bare integer forward and
 * backward pass over the same links in the same run.
 * <ul>
 * <li>{@code bareForwardBackward}: {@link BareCpm}, early and late starts only; arrays and topological order prepared
 * in setup.</li>
 * <li>{@code engineSchedule}: {@link CriticalPathEngine#schedule} on a network built in setup: early and late dates,
 * total and free float, constraints and summaries, in working-day indices.</li>
 * <li>{@code engineScheduleWithDates}: the same, then every activity's four dates through the working calendar
 * (holidays, make-up days), the critical path and the finish date.</li>
 * <li>{@code buildAndScheduleWithDates}: the same again, but building the network from the input arrays (validation,
 * compressed link rows, topological sort) inside the measurement.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CriticalPathBenchmark {

    @Param("100000")
    int activities;

    GeneratedNetwork generated;
    ScheduleNetwork network;
    WorkingCalendar calendar;
    BareCpm bare;

    @Setup(Level.Trial)
    public void setUp() {
        generated = GeneratedNetwork.generate(activities);
        network = generated.toNetwork();
        calendar = BenchCalendar.tandem();
        bare = BareCpm.of(generated);
        checkSameResults(CriticalPathEngine.schedule(network), bare.run());
        // Grows the calendar's lookup table to the project's span once, as a long-lived calendar would have it.
        CriticalPathEngine.schedule(network).finishDate(calendar);
    }

    @Benchmark
    public BareCpm.Result bareForwardBackward() {
        return bare.run();
    }

    @Benchmark
    public Schedule engineSchedule() {
        return CriticalPathEngine.schedule(network);
    }

    @Benchmark
    public void engineScheduleWithDates(Blackhole blackhole) {
        ScheduleDates.consume(CriticalPathEngine.schedule(network), calendar, blackhole);
    }

    @Benchmark
    public void buildAndScheduleWithDates(Blackhole blackhole) {
        ScheduleDates.consume(CriticalPathEngine.schedule(generated.toNetwork()), calendar, blackhole);
    }

    /** Both passes must compute the same thing, or the ratio means nothing. */
    private static void checkSameResults(Schedule schedule, BareCpm.Result result) {
        if (schedule.projectFinish() != result.projectFinish()) {
            throw new IllegalStateException("Project finish differs: engine " + schedule.projectFinish() + ", bare "
                    + result.projectFinish());
        }
        for (int i = 0; i < schedule.network().activityCount(); i++) {
            ActivitySchedule a = schedule.activity(i);
            if (a.earlyStart() != result.earlyStart()[i] || a.lateStart() != result.lateStart()[i]) {
                throw new IllegalStateException("Activity " + a.id() + " differs: engine " + a + ", bare "
                        + result.earlyStart()[i] + "/" + result.lateStart()[i]);
            }
        }
    }
}
