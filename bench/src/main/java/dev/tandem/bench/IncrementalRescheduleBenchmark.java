package dev.tandem.bench;

import dev.tandem.schedule.engine.ActivitySchedule;
import dev.tandem.schedule.engine.CriticalPathEngine;
import dev.tandem.schedule.engine.Schedule;
import dev.tandem.schedule.engine.ScheduleNetwork;
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
 * {@link Schedule#reschedule} after one activity's duration grows by three working days, in a 10,000-activity
 * network scheduled in setup. Every call starts from the same (immutable) schedule.
 * <ul>
 * <li>{@code criticalFirst}: the first critical activity; the finish moves, so every early date downstream and every
 * late date are recomputed (the worst case).</li>
 * <li>{@code criticalMiddle}: a critical activity halfway along the critical path; the finish moves too.</li>
 * <li>{@code withFloat}: an activity in the middle of the network with at least five days of float; the finish does
 * not move, so only what the edit reaches is recomputed.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class IncrementalRescheduleBenchmark {

    @Param("10000")
    int activities;

    @Param({"criticalFirst", "criticalMiddle", "withFloat"})
    String edited;

    Schedule base;
    String id;
    int newDuration;

    @Setup(Level.Trial)
    public void setUp() {
        ScheduleNetwork network = GeneratedNetwork.generate(activities).toNetwork();
        base = CriticalPathEngine.schedule(network);
        int activity = switch (edited) {
            case "criticalFirst" -> firstWorkOn(base, 0);
            case "criticalMiddle" -> firstWorkOn(base, base.criticalPath().size() / 2);
            case "withFloat" -> withFloat(base, activities / 2);
            default -> throw new IllegalArgumentException(edited);
        };
        id = network.id(activity);
        newDuration = network.duration(activity) + 3;
        Schedule after = base.reschedule(id, newDuration);
        boolean finishMoves = after.projectFinish() != base.projectFinish();
        if (finishMoves == edited.equals("withFloat")) {
            throw new IllegalStateException("Editing " + id + " (" + edited + ") should "
                    + (finishMoves ? "not " : "") + "move the finish");
        }
        System.out.println("Editing " + id + ": finish " + base.projectFinish() + " → " + after.projectFinish());
    }

    @Benchmark
    public Schedule reschedule() {
        return base.reschedule(id, newDuration);
    }

    private static int firstWorkOn(Schedule schedule, int fromPosition) {
        var path = schedule.criticalPath();
        for (int p = fromPosition; p < path.size(); p++) {
            int activity = schedule.network().indexOf(path.get(p));
            if (schedule.network().duration(activity) > 0) {
                return activity;
            }
        }
        throw new IllegalStateException("No critical activity with a duration");
    }

    private static int withFloat(Schedule schedule, int from) {
        for (int i = from; i < schedule.network().activityCount(); i++) {
            ActivitySchedule a = schedule.activity(i);
            if (a.totalFloat() >= 5 && schedule.network().duration(i) > 0) {
                return i;
            }
        }
        throw new IllegalStateException("No activity with float");
    }
}
