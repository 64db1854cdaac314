package dev.tandem.bench;

import dev.tandem.schedule.engine.ActivitySchedule;
import dev.tandem.schedule.engine.CriticalPathEngine;
import dev.tandem.schedule.engine.Schedule;
import dev.tandem.schedule.engine.ScheduleNetwork;
import dev.tandem.schedule.engine.WorkingCalendar;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.cpm.CpmException;
import org.mpxj.cpm.MicrosoftScheduler;
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
 * The same generated networks and calendar through MPXJ 14.3.4's {@link MicrosoftScheduler} and through Tandem's
 * engine. The MPXJ project (tasks, relations, calendar) is built in setup; scheduling it again recomputes every date
 * from the durations and relations. Tandem is measured with the network built in setup and, to be conservative, with
 * the network built inside the measurement, both turning every activity's dates into calendar dates as MPXJ does.
 * <p>
 * Setup compares the two schedules and prints how far they agree: the early and late start dates of every activity
 * that is not a milestone (MS Project puts a milestone at the end of the day before, Tandem at its start index), and
 * the finish. They can differ by rule: Tandem never starts work before the project start, while MS Project lets a
 * negative lag or a start-to-finish link pull a task before it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class MpxjComparisonBenchmark {

    @Param({"1000", "10000"})
    int activities;

    GeneratedNetwork generated;
    ScheduleNetwork network;
    WorkingCalendar calendar;
    ProjectFile mpxjProject;

    @Setup(Level.Trial)
    public void setUp() throws CpmException {
        generated = GeneratedNetwork.generate(activities);
        network = generated.toNetwork();
        calendar = BenchCalendar.tandem();
        mpxjProject = MpxjProject.of(generated);
        new MicrosoftScheduler().schedule(mpxjProject, BenchCalendar.mpxjProjectStart());
        compareDates(CriticalPathEngine.schedule(network));
    }

    @Benchmark
    public ProjectFile mpxjMicrosoftScheduler() throws CpmException {
        new MicrosoftScheduler().schedule(mpxjProject, BenchCalendar.mpxjProjectStart());
        return mpxjProject;
    }

    @Benchmark
    public void tandemScheduleWithDates(Blackhole blackhole) {
        ScheduleDates.consume(CriticalPathEngine.schedule(network), calendar, blackhole);
    }

    @Benchmark
    public void tandemBuildAndScheduleWithDates(Blackhole blackhole) {
        ScheduleDates.consume(CriticalPathEngine.schedule(generated.toNetwork()), calendar, blackhole);
    }

    private void compareDates(Schedule schedule) {
        LocalDate projectStart = BenchCalendar.PROJECT_START;
        LocalDate mpxjFinish = null;
        int compared = 0;
        int same = 0;
        int mpxjBeforeProjectStart = 0;
        String firstOtherDifference = null;
        for (int i = 0; i < activities; i++) {
            Task task = mpxjProject.getTaskByID(i + 1);
            LocalDate earlyFinish = task.getEarlyFinish().toLocalDate();
            mpxjFinish = mpxjFinish == null || earlyFinish.isAfter(mpxjFinish) ? earlyFinish : mpxjFinish;
            if (generated.durations()[i] == 0) {
                continue;
            }
            compared++;
            ActivitySchedule.Dates ours = schedule.activity(i).dates(calendar);
            LocalDate earlyStart = task.getEarlyStart().toLocalDate();
            if (earlyStart.equals(ours.earlyStart()) && task.getLateStart().toLocalDate().equals(ours.lateStart())) {
                same++;
            } else if (earlyStart.isBefore(projectStart)) {
                mpxjBeforeProjectStart++;
            } else if (firstOtherDifference == null) {
                firstOtherDifference = generated.ids()[i] + ": MPXJ " + task.getEarlyStart() + "/" + task.getLateStart()
                        + ", Tandem " + ours;
            }
        }
        System.out.printf("%d activities: finish MPXJ %s, Tandem %s; early and late start agree on %d of %d "
                + "non-milestones, %d differ because MPXJ starts them before the project start, %d otherwise%s%n",
                activities, mpxjFinish, schedule.finishDate(calendar), same, compared, mpxjBeforeProjectStart,
                compared - same - mpxjBeforeProjectStart, firstOtherDifference == null ? "" : " (first: "
                        + firstOtherDifference + ")");
    }
}
