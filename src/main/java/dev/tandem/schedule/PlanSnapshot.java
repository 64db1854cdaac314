package dev.tandem.schedule;

import dev.tandem.identity.PersonSummary;
import dev.tandem.schedule.engine.WorkingCalendar;
import dev.tandem.schedule.internal.Calendars;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.DependencyView;
import dev.tandem.workitem.ItemView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project's plan as {@link ScheduleManagement#snapshot} read it, once: immutable, and rescheduled without reading
 * anything again (ADR 0013).
 *
 * @param configuredStart  the project's start date, or null when it starts with its earliest planned item
 * @param today            the day the snapshot was taken, the start of a plan with no dates at all
 * @param people           everyone who may be assigned, by username, with their weekly hours
 * @param leave            the days of leave of the project's members and assignees, by username
 * @param latestBaseline   the latest baseline, or null before the first
 * @param baselineFinishes the latest baseline's finish per item key
 */
public record PlanSnapshot(String projectKey, LocalDate configuredStart, LocalDate today, List<ItemView> items,
                           List<DependencyView> dependencies, CalendarView calendar, Map<String, PersonSummary> people,
                           Map<String, Set<LocalDate>> leave, BaselineSummary latestBaseline,
                           Map<String, LocalDate> baselineFinishes) {

    /** The earliest day of leave a snapshot holds, the earliest date an item may have. */
    static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);

    public PlanSnapshot {
        items = List.copyOf(items);
        dependencies = List.copyOf(dependencies);
        people = Map.copyOf(people);
        leave = Map.copyOf(leave);
        baselineFinishes = Map.copyOf(baselineFinishes);
    }

    /** The current plan's schedule. */
    public ProjectSchedule schedule() {
        return schedule(items, dependencies);
    }

    /**
     * The schedule the plan would have with these items and dependencies instead (a what-if copy), in the same
     * calendar, with the same people and leave. A plan with a dependency cycle is refused.
     */
    public ProjectSchedule whatIf(List<ItemView> changedItems, List<DependencyView> changedDependencies) {
        try {
            return schedule(changedItems, changedDependencies);
        } catch (IllegalArgumentException e) {
            throw new ConflictException(Text.of("problem.schedule.changeCannotBeScheduled", e.getMessage()));
        }
    }

    /** Working days from one date's end to another's in the current plan's calendar; positive when {@code to} is later. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return ScheduleManagement.workingDaysBetween(workingCalendar(items), from, to);
    }

    private ProjectSchedule schedule(List<ItemView> planItems, List<DependencyView> planDependencies) {
        Map<String, BigDecimal> capacity = people.values().stream()
                .collect(Collectors.toMap(PersonSummary::username, PersonSummary::weeklyCapacityHours));
        return ScheduleManagement.compute(projectKey, planItems, planDependencies, workingCalendar(planItems), null,
                capacity, leave);
    }

    /** The calendar from the project's start: its start date, else its earliest planned start, else today. */
    private WorkingCalendar workingCalendar(List<ItemView> planItems) {
        LocalDate start = configuredStart != null ? configuredStart : planItems.stream().map(ItemView::plannedStart)
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(today);
        return Calendars.workingCalendar(calendar, start);
    }
}
