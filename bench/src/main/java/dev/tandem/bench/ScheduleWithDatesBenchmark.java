package dev.tandem.bench;

import dev.tandem.schedule.CalendarView;
import dev.tandem.schedule.ProjectSchedule;
import dev.tandem.schedule.ScheduledItem;
import dev.tandem.schedule.engine.CriticalPathEngine;
import dev.tandem.schedule.engine.WorkingCalendar;
import dev.tandem.schedule.internal.PlanScheduler;
import dev.tandem.workitem.DependencyType;
import dev.tandem.workitem.DependencyView;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * What the application does when it schedules a project with dates, from the records it holds in memory once it has
 * read the plan (the items, the dependencies, the calendar as read), against the bare int-array forward and backward
 * pass ({@link BareCpm}) over the same network, in the same fork.
 * <ul>
 * <li>{@code bareForwardBackward}: early and late starts only, arrays and topological order prepared in setup.</li>
 * <li>{@code scheduleWithDates}: what {@code PlanSnapshot.schedule()} and {@code ScheduleManagement.schedule} compute
 * after reading: the project's working calendar from its calendar view, then {@link PlanScheduler#schedule}: each item's
 * duration and constraints, the engine's network (validation, links, topological order), the schedule, the Gantt rows
 * with every item's early and late start and finish as dates, summaries' progress, conflicts, the critical path and
 * the finish date.</li>
 * <li>{@code engineWithDates}: the engine alone, for comparison: the network from arrays, the schedule and every
 * activity's four dates through a calendar built beforehand.</li>
 * </ul>
 * Two shapes at each size ({@link GeneratedNetwork}): {@code wide} (100 layers) and {@code deep} (each task after up
 * to three of the fifty before it). The forks run with the heap the application is started with ({@code -Xms1g -Xmx1g},
 * as {@code ./tandem bench http} starts the jar) and otherwise the JVM's defaults, as {@code ./tandem run} sets none.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ScheduleWithDatesBenchmark {

    static final String PROJECT = "BENCH";

    @Param({"wide", "deep"})
    String shape;

    @Param({"1000", "10000", "100000"})
    int activities;

    GeneratedNetwork generated;
    BareCpm bare;
    List<ItemView> items;
    List<DependencyView> dependencies;
    CalendarView calendarView;
    WorkingCalendar engineCalendar;

    @Setup(Level.Trial)
    public void setUp() {
        generated = GeneratedNetwork.of(shape, activities);
        bare = BareCpm.of(generated);
        items = items(generated);
        dependencies = dependencies(generated);
        calendarView = calendarView();
        engineCalendar = BenchCalendar.tandem();
        checkSameStarts(scheduleWithDates(), bare.run());
        // Grows the engine calendar's lookup table to the project's span once, as a long-lived calendar would have it.
        CriticalPathEngine.schedule(generated.toNetwork()).finishDate(engineCalendar);
    }

    @Benchmark
    public BareCpm.Result bareForwardBackward() {
        return bare.run();
    }

    @Benchmark
    public ProjectSchedule scheduleWithDates() {
        WorkingCalendar calendar = PlanScheduler.workingCalendar(calendarView, BenchCalendar.PROJECT_START);
        return PlanScheduler.schedule(PROJECT, items, dependencies, calendar, null, Map.of(), Map.of());
    }

    @Benchmark
    public void engineWithDates(Blackhole blackhole) {
        ScheduleDates.consume(CriticalPathEngine.schedule(generated.toNetwork()), engineCalendar, blackhole);
    }

    /** The items as the application reads them: tasks estimated in days, milestones, nothing started. */
    static List<ItemView> items(GeneratedNetwork network) {
        Instant created = Instant.parse("2027-01-01T09:00:00Z");
        List<ItemView> items = new ArrayList<>(network.activityCount());
        for (int i = 0; i < network.activityCount(); i++) {
            boolean milestone = network.durations()[i] == 0;
            items.add(new ItemView(i + 1, key(i), PROJECT, milestone ? "milestone" : "task", "Activity " + (i + 1),
                    null, "To do", StatusCategory.TODO, false, null, null, "medium", null, null, "admin", null,
                    Set.of(), null, null, null, milestone ? null : BigDecimal.valueOf(network.durations()[i]), null,
                    null, null, null, null, null, 0, created, created, false));
        }
        return items;
    }

    static List<DependencyView> dependencies(GeneratedNetwork network) {
        List<DependencyView> dependencies = new ArrayList<>(network.linkCount());
        for (int k = 0; k < network.linkCount(); k++) {
            int p = network.predecessors()[k];
            int s = network.successors()[k];
            DependencyType type = switch (network.types()[k]) {
                case FINISH_TO_START -> DependencyType.FS;
                case START_TO_START -> DependencyType.SS;
                case FINISH_TO_FINISH -> DependencyType.FF;
                case START_TO_FINISH -> DependencyType.SF;
            };
            dependencies.add(new DependencyView(k + 1, key(p), "Activity " + (p + 1), key(s), "Activity " + (s + 1),
                    type, network.lags()[k]));
        }
        return dependencies;
    }

    /** {@link BenchCalendar}'s calendar as the application reads a project's calendar. */
    static CalendarView calendarView() {
        List<CalendarView.Exception> exceptions = new ArrayList<>();
        BenchCalendar.holidays().forEach(day -> exceptions.add(new CalendarView.Exception(day, false, "Holiday")));
        BenchCalendar.makeUpWorkingDays().forEach(day -> exceptions.add(new CalendarView.Exception(day, true, "Make-up day")));
        exceptions.sort((a, b) -> a.day().compareTo(b.day()));
        return new CalendarView(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), exceptions, 1);
    }

    private static String key(int activity) {
        return PROJECT + "-" + (activity + 1);
    }

    /** Every task's early and late start in the application's dates must be the bare pass's, or the ratio means nothing. */
    private void checkSameStarts(ProjectSchedule schedule, BareCpm.Result result) {
        WorkingCalendar calendar = BenchCalendar.tandem();
        if (schedule.items().size() != activities) {
            throw new IllegalStateException("Expected " + activities + " rows, got " + schedule.items().size());
        }
        for (ScheduledItem row : schedule.items()) {
            int i = Integer.parseInt(row.key().substring(PROJECT.length() + 1)) - 1;
            if (generated.durations()[i] == 0) {
                continue;
            }
            if (calendar.startIndexOf(row.earlyStart()) != result.earlyStart()[i]
                    || calendar.startIndexOf(row.lateStart()) != result.lateStart()[i]) {
                throw new IllegalStateException("Item " + row.key() + " differs: " + row + ", bare "
                        + result.earlyStart()[i] + "/" + result.lateStart()[i]);
            }
        }
        LocalDate finish = calendar.finishDate(0, result.projectFinish());
        if (!finish.equals(schedule.finish())) {
            throw new IllegalStateException("Finish differs: " + schedule.finish() + ", bare " + finish);
        }
    }
}
