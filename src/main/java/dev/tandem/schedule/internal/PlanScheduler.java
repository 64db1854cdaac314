package dev.tandem.schedule.internal;

import dev.tandem.schedule.CalendarView;
import dev.tandem.schedule.ProjectSchedule;
import dev.tandem.schedule.ScheduleConflict;
import dev.tandem.schedule.ScheduledItem;
import dev.tandem.schedule.engine.ActivitySchedule;
import dev.tandem.schedule.engine.ConstraintConflict;
import dev.tandem.schedule.engine.Schedule;
import dev.tandem.schedule.engine.WorkingCalendar;
import dev.tandem.workitem.DependencyView;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project's schedule from values only: items and dependencies to the Gantt's rows, every date through the calendar.
 * What {@code ScheduleManagement} and {@code PlanSnapshot} compute once they have read the plan; plain Java, so the
 * benchmarks measure this very path.
 */
public final class PlanScheduler {

    private PlanScheduler() {
    }

    /** The plan ({@code forecastFrom} null) or the forecast from that day, with the assignees' leave folded in. */
    public static ProjectSchedule schedule(String projectKey, List<ItemView> items, List<DependencyView> dependencies,
                                           WorkingCalendar calendar, LocalDate forecastFrom,
                                           Map<String, BigDecimal> capacity, Map<String, Set<LocalDate>> leaveByUsername) {
        var planned = NetworkAssembler.plan(items, dependencies, calendar, capacity, forecastFrom, leaveByUsername);
        var assembled = planned.assembled();
        Schedule schedule = planned.schedule();
        Map<String, Integer> leave = planned.leaveDays();
        double[] progress = progress(assembled);
        List<ScheduledItem> rows = new ArrayList<>(items.size());
        for (int rank = 0; rank < items.size(); rank++) {
            int i = assembled.positionInHierarchy(rank);
            ItemView item = items.get(i);
            ActivitySchedule a = schedule.activity(i);
            ActivitySchedule.Dates dates = dates(a, "milestone".equals(item.type()), calendar);
            rows.add(new ScheduledItem(item.key(), item.title(), item.type(), item.parent(), assembled.depthAt(i),
                    a.summary(), item.status(), item.statusCategory(), item.blocked(), item.blockedReason(),
                    item.assignee(), dates.earlyStart(), dates.earlyFinish(), dates.earlyStart(), dates.earlyFinish(),
                    dates.lateStart(), dates.lateFinish(), a.totalFloat(), a.freeFloat(), a.critical() && !a.summary(),
                    a.duration(), assembled.sourceAt(i), progress[i], item.version(),
                    leave.isEmpty() ? 0 : leave.getOrDefault(item.key(), 0)));
        }
        List<ScheduleConflict> conflicts = schedule.conflicts().stream().map(c -> conflict(c, calendar)).toList();
        LocalDate finish = items.isEmpty() ? null : calendar.finishDate(0, schedule.projectFinish());
        return new ProjectSchedule(projectKey, calendar.projectStart(), finish, schedule.criticalPath(), rows, conflicts);
    }

    /** The working calendar of a calendar already read, from the given project start. */
    public static WorkingCalendar workingCalendar(CalendarView view, LocalDate projectStart) {
        return WorkingCalendar.startingOn(projectStart)
                .workingWeekdays(view.workingWeekdays())
                .holidays(view.exceptions().stream().filter(e -> !e.working()).map(CalendarView.Exception::day).toList())
                .makeUpWorkingDays(view.exceptions().stream().filter(CalendarView.Exception::working)
                        .map(CalendarView.Exception::day).toList())
                .build();
    }

    /**
     * Calendar dates of a scheduled activity. A milestone marks the end of the work before it, so it falls on the
     * last working day before its start index, as in MS Project, not on the next morning.
     */
    private static ActivitySchedule.Dates dates(ActivitySchedule a, boolean milestone, WorkingCalendar calendar) {
        if (!milestone) {
            return a.dates(calendar);
        }
        LocalDate early = calendar.dateOf(Math.max(0, a.earlyStart() - 1));
        LocalDate late = calendar.dateOf(Math.max(0, a.lateStart() - 1));
        return new ActivitySchedule.Dates(early, early, late, late);
    }

    /**
     * Leaves are done or not; a summary's progress is the done share of its leaves' working days. By position, rounded
     * to three places.
     */
    private static double[] progress(NetworkAssembler.Assembled assembled) {
        List<ItemView> items = assembled.items();
        double[] done = new double[items.size()];
        double[] total = new double[items.size()];
        for (int leaf = 0; leaf < items.size(); leaf++) {
            if (assembled.summaryAt(leaf)) {
                continue;
            }
            double weight = Math.max(1, assembled.durationAt(leaf));
            double doneWeight = items.get(leaf).statusCategory() == StatusCategory.DONE ? weight : 0;
            for (int i = leaf; i >= 0; i = assembled.parentAt(i)) {
                done[i] += doneWeight;
                total[i] += weight;
            }
        }
        double[] progress = new double[items.size()];
        for (int i = 0; i < progress.length; i++) {
            progress[i] = Math.round(done[i] / total[i] * 1000) / 1000.0;
        }
        return progress;
    }

    private static ScheduleConflict conflict(ConstraintConflict c, WorkingCalendar calendar) {
        return new ScheduleConflict(c.activityId(), calendar.finishDate(c.finishNoLaterThan() - 1, c.finishNoLaterThan()),
                calendar.finishDate(c.earlyFinish() - 1, c.earlyFinish()), c.daysLate(), c.drivingChain());
    }
}
