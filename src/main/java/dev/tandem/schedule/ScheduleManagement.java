package dev.tandem.schedule;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.schedule.engine.CriticalPathEngine;
import dev.tandem.schedule.engine.WorkingCalendar;
import dev.tandem.schedule.internal.BaselineStore;
import dev.tandem.schedule.internal.Calendars;
import dev.tandem.schedule.internal.ForecastSnapshots;
import dev.tandem.schedule.internal.NetworkAssembler;
import dev.tandem.schedule.internal.PlanScheduler;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.DependencyView;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The project track: the critical-path schedule of a project's items, its calendar and its baselines. */
@Service
@Transactional
public class ScheduleManagement {

    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;
    private final IdentityManagement identity;
    private final Calendars calendars;
    private final BaselineStore baselines;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<BaselinePolicy> policies;
    private final ForecastSnapshots forecasts;
    static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

    ScheduleManagement(PortfolioManagement portfolio, WorkItemManagement workItems, IdentityManagement identity,
                       Calendars calendars, BaselineStore baselines, ApplicationEventPublisher events, Clock clock,
                       List<BaselinePolicy> policies, ForecastSnapshots forecasts) {
        this.forecasts = forecasts;
        this.policies = policies;
        this.portfolio = portfolio;
        this.workItems = workItems;
        this.identity = identity;
        this.calendars = calendars;
        this.baselines = baselines;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ProjectSchedule schedule(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        List<ItemView> items = workItems.all(actor, projectKey);
        LocalDate start = projectStart(actor, projectKey, items);
        WorkingCalendar calendar = calendars.workingCalendar(project.id(), start);
        return compute(actor, project, items, calendar, null);
    }

    /**
     * Where the project is heading as of today: each milestone's baseline date (latest baseline), planned date and
     * forecast date, and the slip in working days against the baseline, or the plan when there is no baseline.
     */
    @Transactional(readOnly = true)
    public ProjectForecast forecast(Actor actor, String projectKey) {
        return forecast(views(actor, projectKey));
    }

    /**
     * Unfinished items whose finish is at risk as of today: not started though their late start has passed, or not
     * done though their late finish has passed. The board marks these cards.
     */
    @Transactional(readOnly = true)
    public List<String> atRisk(Actor actor, String projectKey) {
        Views views = views(actor, projectKey);
        LocalDate today = views.today();
        return views.plan().items().stream()
                .filter(i -> !i.summary() && i.statusCategory() != StatusCategory.DONE)
                .filter(i -> (i.statusCategory() == StatusCategory.TODO && i.lateStart().isBefore(today))
                        || i.lateFinish().isBefore(today))
                .map(ScheduledItem::key).toList();
    }

    /** An ISO week such as {@code 2027-W02}, the key of the weekly forecast records. */
    public static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * Records the project's forecast of an ISO week; the latest take of the week wins. No actor: the caller has
     * already let its reader in (or is the weekly snapshot).
     */
    public void recordForecast(long projectId, String isoWeek, ProjectForecast forecast, Instant at) {
        forecasts.record(projectId, isoWeek, forecast, at);
    }

    /** The week's forecast as last recorded, its {@code today} being the day it was taken. No actor, as above. */
    @Transactional(readOnly = true)
    public Optional<ProjectForecast> recordedForecast(long projectId, String projectKey, String isoWeek) {
        return forecasts.of(projectId, projectKey, isoWeek);
    }

    /** The plan and the forecast of one project computed together, for reports that need both. */
    public record Views(ProjectRef project, List<ItemView> items, WorkingCalendar calendar, LocalDate today,
                 ProjectSchedule plan, ProjectSchedule forecast) {
    }

    public Views views(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        List<ItemView> items = workItems.all(actor, projectKey);
        WorkingCalendar calendar = calendars.workingCalendar(project.id(), projectStart(actor, projectKey, items));
        LocalDate today = LocalDate.now(clock);
        return new Views(project, items, calendar, today, compute(actor, project, items, calendar, null),
                compute(actor, project, items, calendar, today));
    }

    public ProjectForecast forecast(Views views) {
        var latest = baselines.list(views.project().id()).stream().findFirst();
        Map<String, LocalDate> baselineDates = latest.map(b -> baselines.rows(b.id()).stream()
                        .collect(Collectors.toMap(BaselineStore.Row::key, BaselineStore.Row::finish)))
                .orElse(Map.of());
        Map<String, ScheduledItem> planned = views.plan().items().stream()
                .collect(Collectors.toMap(ScheduledItem::key, Function.identity()));
        List<ProjectForecast.Milestone> milestones = new ArrayList<>();
        for (ScheduledItem item : views.forecast().items()) {
            if (!"milestone".equals(item.type())) {
                continue;
            }
            LocalDate baselineDate = baselineDates.get(item.key());
            LocalDate plannedDate = planned.get(item.key()).finish();
            LocalDate reference = baselineDate != null ? baselineDate : plannedDate;
            milestones.add(new ProjectForecast.Milestone(item.key(), item.title(),
                    item.statusCategory() == StatusCategory.DONE, baselineDate, plannedDate, item.finish(),
                    workingDaysBetween(views.calendar(), reference, item.finish()), item.critical()));
        }
        return new ProjectForecast(views.project().key(), views.today(), latest.map(BaselineSummary::name).orElse(null),
                views.plan().finish(), views.forecast().finish(), milestones);
    }

    private ProjectSchedule compute(Actor actor, ProjectRef project, List<ItemView> items, WorkingCalendar calendar,
                                    LocalDate forecastFrom) {
        return compute(project, items, workItems.projectDependencies(actor, project.key()), calendar, forecastFrom);
    }

    private ProjectSchedule compute(ProjectRef project, List<ItemView> items, List<DependencyView> dependencies,
                                    WorkingCalendar calendar, LocalDate forecastFrom) {
        List<PersonSummary> people = identity.list();
        return compute(project.key(), items, dependencies, calendar, forecastFrom, capacity(people),
                leaveOfAssignees(items, people, calendar.projectStart()));
    }

    /** The schedule of the given plan, from values only; {@link PlanSnapshot} reschedules with it. */
    static ProjectSchedule compute(String projectKey, List<ItemView> items, List<DependencyView> dependencies,
                                   WorkingCalendar calendar, LocalDate forecastFrom, Map<String, BigDecimal> capacity,
                                   Map<String, Set<LocalDate>> leaveByUsername) {
        return PlanScheduler.schedule(projectKey, items, dependencies, calendar, forecastFrom, capacity, leaveByUsername);
    }

    private NetworkAssembler.Planned planned(List<ItemView> items, List<DependencyView> dependencies,
                                             WorkingCalendar calendar, LocalDate forecastFrom) {
        List<PersonSummary> people = identity.list();
        return NetworkAssembler.plan(items, dependencies, calendar, capacity(people), forecastFrom,
                leaveOfAssignees(items, people, calendar.projectStart()));
    }

    private static Map<String, BigDecimal> capacity(List<PersonSummary> people) {
        return people.stream().collect(Collectors.toMap(PersonSummary::username, PersonSummary::weeklyCapacityHours));
    }

    /**
     * The project's plan as it is now, read once after one access check: items, dependencies, the calendar with its
     * holidays and make-up days, the people with their weekly hours and the leave of the project's members and
     * assignees, and the latest baseline's dates. Rules that judge the plan (a change request's impact) compute on it
     * without reading anything again, however often they reschedule.
     */
    @Transactional(readOnly = true)
    public PlanSnapshot snapshot(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        List<ItemView> items = workItems.all(actor, project.key());
        List<DependencyView> dependencies = workItems.projectDependencies(actor, project.key());
        List<PersonSummary> people = identity.list();
        Set<String> involved = new java.util.HashSet<>();
        portfolio.membersOf(project.id()).forEach(m -> involved.add(m.username()));
        items.stream().map(ItemView::assignee).filter(Objects::nonNull).forEach(involved::add);
        Map<Long, String> ids = people.stream().filter(p -> involved.contains(p.username()))
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::username));
        // all their leave: a proposed change may move the plan anywhere in time
        Map<String, Set<LocalDate>> leave = new HashMap<>();
        identity.leaveOf(ids.keySet(), PlanSnapshot.EARLIEST, LAST_DAY)
                .forEach((id, days) -> leave.put(ids.get(id), Set.copyOf(days)));
        var latest = baselines.list(project.id()).stream().findFirst();
        Map<String, LocalDate> baselineFinishes = latest.map(b -> baselines.rows(b.id()).stream()
                        .filter(r -> r.finish() != null)
                        .collect(Collectors.toMap(BaselineStore.Row::key, BaselineStore.Row::finish)))
                .orElse(Map.of());
        return new PlanSnapshot(project.key(), portfolio.project(actor, project.key()).startDate(), LocalDate.now(clock),
                items, dependencies, calendars.view(project.id()),
                people.stream().collect(Collectors.toMap(PersonSummary::username, Function.identity())), leave,
                latest.orElse(null), baselineFinishes);
    }

    /**
     * The network the forecast as of today schedules, for simulations that vary its durations. A network the engine
     * refuses (a dependency cycle, which it names) is refused as invalid input.
     */
    @Transactional(readOnly = true)
    public ForecastNetwork forecastNetwork(Actor actor, String projectKey) {
        try {
            Views views = views(actor, projectKey);
            var planned = planned(views.items(), workItems.projectDependencies(actor, projectKey), views.calendar(),
                    views.today());
            LocalDate baselineFinish = baselines.list(views.project().id()).stream().findFirst()
                    .map(BaselineSummary::finish).orElse(null);
            return new ForecastNetwork(views.project().key(), views.today(), views.calendar(),
                    planned.assembled().network(), views.items(), planned.leaveDays(), planned.assembled().sources(),
                    forecast(views), baselineFinish);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Text.of("problem.schedule.projectCannotBeScheduled", e.getMessage()));
        }
    }

    /**
     * Moves a leaf item's planned dates, as a drag on the Gantt does, and answers the rescheduled project. A null
     * start keeps the scheduled start; a null finish keeps the duration in working days. The planned start becomes
     * a start-no-earlier-than (docs/adr/0006), so a move is refused, with nothing saved, when the item's links or the
     * project start would hold it later than asked, or when it would make a due date slip that the plan met before.
     */
    public ProjectSchedule reschedule(Actor actor, String projectKey, String itemKey, LocalDate start, LocalDate finish,
                                      Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_ITEMS);
        for (LocalDate date : new LocalDate[] {start, finish}) {
            if (date != null && (date.getYear() < 1970 || date.getYear() > 2999)) {
                throw new InvalidInputException(date == start ? "start" : "finish",
                        Text.of("problem.schedule.dateOutOfRange"));
            }
        }
        List<ItemView> items = workItems.all(actor, projectKey);
        WorkingCalendar calendar = calendars.workingCalendar(project.id(), projectStart(actor, projectKey, items));
        ProjectSchedule before = compute(actor, project, items, calendar, null);
        ScheduledItem row = before.items().stream().filter(i -> i.key().equalsIgnoreCase(itemKey)).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("problem.schedule.noItem", itemKey, project.key())));
        if (row.summary()) {
            throw new InvalidInputException("start", Text.of("problem.schedule.startOfSummary", row.key()));
        }
        if ("milestone".equals(row.type())) {
            throw new InvalidInputException("start", Text.of("problem.schedule.startOfMilestone", row.key()));
        }
        if (start == null && finish == null) {
            throw new InvalidInputException("start", Text.of("problem.schedule.startOrFinishRequired"));
        }
        LocalDate newStart = calendar.dateOf(calendar.startIndexOf(start == null ? row.start() : start));
        LocalDate newFinish = finish == null
                ? calendar.dateOf(calendar.startIndexOf(newStart) + Math.max(1, row.durationDays()) - 1)
                : calendar.dateOf(calendar.finishIndexOf(finish) - 1);
        if (newFinish.isBefore(newStart)) {
            throw new InvalidInputException("finish", Text.of("problem.schedule.finishBeforeStart", newStart.toString()));
        }
        workItems.update(actor, row.key(), new ItemFields(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, newStart, newFinish, null, Set.of()), version);
        List<ItemView> changed = workItems.all(actor, projectKey);
        ProjectSchedule after = compute(actor, project, changed,
                calendars.workingCalendar(project.id(), projectStart(actor, projectKey, changed)), null);
        ScheduledItem moved = after.items().stream().filter(i -> i.key().equals(row.key())).findFirst().orElseThrow();
        if (moved.start().isAfter(newStart)) {
            List<String> predecessors = workItems.projectDependencies(actor, projectKey).stream()
                    .filter(d -> d.successor().equals(row.key()))
                    .map(d -> d.predecessor() + " (" + d.type() + (d.lagDays() == 0 ? "" : " " + lag(d.lagDays())) + ")")
                    .toList();
            throw new ConflictException(Text.of("problem.schedule.cannotStartOn", row.key(), newStart.toString(),
                    predecessors.isEmpty()
                            ? Text.of("problem.schedule.projectStartsOn", String.valueOf(after.start()))
                            : Text.of("problem.schedule.predecessorsAllow", String.join(", ", predecessors),
                                    moved.start().toString())));
        }
        Map<String, Integer> lateBefore = before.conflicts().stream()
                .collect(Collectors.toMap(ScheduleConflict::item, ScheduleConflict::daysLate, Math::max));
        List<Text> slipped = after.conflicts().stream()
                .filter(c -> c.daysLate() > lateBefore.getOrDefault(c.item(), 0))
                .map(c -> Text.of("problem.schedule.wouldFinishLate", c.item(), String.valueOf(c.scheduledFinish()),
                        c.daysLate(), String.valueOf(c.dueDate()), String.join(" → ", c.drivingChain())))
                .toList();
        if (!slipped.isEmpty()) {
            Text all = slipped.getLast();
            for (int i = slipped.size() - 2; i >= 0; i--) {
                all = Text.of("problem.schedule.andThen", slipped.get(i), all);
            }
            throw new ConflictException(Text.of("problem.schedule.breaksDueDate", row.key(), newStart.toString(),
                    newFinish.toString(), all));
        }
        return after;
    }

    private static String lag(int days) {
        return (days > 0 ? "+" : "") + days + "d";
    }

    /** Every day of leave the items' assignees have from the project start on, by username. */
    private Map<String, Set<LocalDate>> leaveOfAssignees(List<ItemView> items, List<PersonSummary> people,
                                                         LocalDate projectStart) {
        Map<String, Long> ids = people.stream().collect(Collectors.toMap(PersonSummary::username, PersonSummary::id));
        Set<Long> assignees = items.stream().map(ItemView::assignee).filter(ids::containsKey).map(ids::get)
                .collect(Collectors.toSet());
        Map<String, Set<LocalDate>> leave = new HashMap<>();
        for (var day : identity.leaveDays(assignees, projectStart, LAST_DAY)) {
            leave.computeIfAbsent(day.username(), k -> new java.util.TreeSet<>()).add(day.day());
        }
        return leave;
    }

    /** The project's start date, else its earliest planned start, else today. */
    LocalDate projectStart(Actor actor, String projectKey, List<ItemView> items) {
        LocalDate configured = portfolio.project(actor, projectKey).startDate();
        if (configured != null) {
            return configured;
        }
        return items.stream().map(ItemView::plannedStart).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(LocalDate.now(clock));
    }

    // baselines

    /**
     * Captures the project's first baseline, once every {@link BaselinePolicy} agrees. Later baselines are captured
     * only when an approved change request is applied, so nothing moves the baseline outside that loop.
     */
    public BaselineSummary captureBaseline(Actor actor, String projectKey, String name) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_PROJECT);
        if (!baselines.list(project.id()).isEmpty()) {
            throw new ConflictException(Text.of("problem.schedule.baselineExists", project.key()));
        }
        for (BaselinePolicy policy : policies) {
            policy.refusalOfFirstBaseline(project.id(), project.key()).ifPresent(reason -> {
                throw new ConflictException(reason);
            });
        }
        // always the first: of two captured at the same moment, the second finds the first ordinal taken
        return capture(actor, project, name, 1);
    }

    /** Captures a baseline after an approved change was applied; called by change control, inside its transaction. */
    public BaselineSummary captureBaselineForApprovedChange(Actor actor, String projectKey, String name) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        if (baselines.list(project.id()).isEmpty()) {
            // an approved change does not skip the feasibility sign-off that the first baseline needs
            for (BaselinePolicy policy : policies) {
                policy.refusalOfFirstBaseline(project.id(), project.key()).ifPresent(reason -> {
                    throw new ConflictException(reason);
                });
            }
        }
        return capture(actor, project, name, baselines.nextOrdinal(project.id()));
    }

    private BaselineSummary capture(Actor actor, ProjectRef project, String name, int ordinal) {
        if (name == null || name.isBlank() || name.strip().length() > 128) {
            throw new InvalidInputException("name", Text.of("problem.schedule.baselineNameLength"));
        }
        String baselineName = name.strip();
        if (baselines.exists(project.id(), baselineName)) {
            throw new ConflictException(Text.of("problem.schedule.baselineNameTaken", project.key(), baselineName));
        }
        ProjectSchedule schedule = schedule(actor, project.key());
        long id = baselines.capture(project.id(), ordinal, baselineName, clock.instant(), actor.username(), schedule.finish(),
                schedule.items());
        events.publishEvent(new ScheduleEvent.BaselineCaptured(project.id(), actor.username(),
                project.key() + "/" + baselineName, "items: " + schedule.items().size() + "\nfinish: " + schedule.finish()));
        return baselines.find(project.id(), id).orElseThrow();
    }

    /** Whether the project has a baseline yet; asked by change control, which is why it takes no actor. */
    @Transactional(readOnly = true)
    public boolean hasBaseline(long projectId) {
        return !baselines.list(projectId).isEmpty();
    }

    @Transactional(readOnly = true)
    public List<BaselineSummary> baselines(Actor actor, String projectKey) {
        return baselines.list(portfolio.access(actor, projectKey, Permission.VIEW_PROJECT).id());
    }

    /** The current plan against a baseline, per item and per milestone, in working days of the project calendar. */
    @Transactional(readOnly = true)
    public BaselineComparison compare(Actor actor, String projectKey, long baselineId) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        BaselineSummary baseline = baselines.find(project.id(), baselineId)
                .orElseThrow(() -> new NotFoundException(Text.of("problem.schedule.noBaseline", baselineId, project.key())));
        List<ItemView> items = workItems.all(actor, projectKey);
        WorkingCalendar calendar = calendars.workingCalendar(project.id(), projectStart(actor, projectKey, items));
        ProjectSchedule current = compute(actor, project, items, calendar, null);
        Map<String, ScheduledItem> now = current.items().stream()
                .collect(Collectors.toMap(ScheduledItem::key, Function.identity()));
        List<BaselineComparison.Variance> variances = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Set<String> inBaseline = new java.util.HashSet<>();
        for (BaselineStore.Row row : baselines.rows(baselineId)) {
            inBaseline.add(row.key());
            ScheduledItem item = now.get(row.key());
            if (item == null) {
                removed.add(row.key());
                continue;
            }
            variances.add(new BaselineComparison.Variance(row.key(), item.title(), item.type(), row.start(), row.finish(),
                    item.start(), item.finish(), workingDaysBetween(calendar, row.start(), item.start()),
                    workingDaysBetween(calendar, row.finish(), item.finish())));
        }
        List<String> added = current.items().stream().map(ScheduledItem::key).filter(k -> !inBaseline.contains(k)).toList();
        int finishVariance = baseline.finish() == null || current.finish() == null ? 0
                : workingDaysBetween(calendar, baseline.finish(), current.finish());
        return new BaselineComparison(baseline, current.finish(), finishVariance, variances,
                variances.stream().filter(v -> "milestone".equals(v.type())).toList(), added, removed);
    }

    static int workingDaysBetween(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        return calendar.finishIndexOf(to) - calendar.finishIndexOf(from);
    }

    // calendar

    @Transactional(readOnly = true)
    public CalendarView calendar(Actor actor, String projectKey) {
        return calendars.view(portfolio.access(actor, projectKey, Permission.VIEW_PROJECT).id());
    }

    public CalendarView setWorkingWeekdays(Actor actor, String projectKey, Set<DayOfWeek> weekdays, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_PROJECT);
        if (weekdays == null || weekdays.isEmpty()) {
            throw new InvalidInputException("workingWeekdays", Text.of("problem.schedule.noWorkingWeekday"));
        }
        CalendarView before = calendars.view(project.id());
        if (version == null) {
            throw new InvalidInputException("version", Text.of("problem.version.required"));
        }
        if (!calendars.setWeekdays(project.id(), weekdays, version)) {
            throw new StaleVersionException(Text.of("problem.schedule.calendar", project.key()), before.version());
        }
        events.publishEvent(new ScheduleEvent.CalendarChanged(project.id(), actor.username(),
                project.key(), "workingWeekdays: " + before.workingWeekdays() + " → " + weekdays));
        return calendars.view(project.id());
    }

    /** Marks a day as a holiday ({@code working = false}) or a make-up working day (调休, {@code working = true}). */
    public CalendarView setException(Actor actor, String projectKey, LocalDate day, boolean working, String name) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_PROJECT);
        if (day == null) {
            throw new InvalidInputException("day", Text.of("problem.input.required"));
        }
        if (name != null && name.length() > 100) {
            throw new InvalidInputException("name", Text.of("problem.input.tooLong", 100));
        }
        calendars.putException(project.id(), day, working, name == null || name.isBlank() ? null : name.strip(),
                clock.instant(), actor.username());
        events.publishEvent(new ScheduleEvent.CalendarChanged(project.id(), actor.username(),
                project.key(), day + ": " + (working ? "working day" : "holiday") + (name == null ? "" : " " + name)));
        return calendars.view(project.id());
    }

    public CalendarView removeException(Actor actor, String projectKey, LocalDate day) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_PROJECT);
        if (!calendars.removeException(project.id(), day)) {
            throw new NotFoundException(Text.of("problem.schedule.noCalendarException", project.key(), String.valueOf(day)));
        }
        events.publishEvent(new ScheduleEvent.CalendarChanged(project.id(), actor.username(),
                project.key(), day + ": removed"));
        return calendars.view(project.id());
    }
}
