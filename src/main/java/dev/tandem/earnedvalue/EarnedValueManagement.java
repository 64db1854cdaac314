package dev.tandem.earnedvalue;

import dev.tandem.change.ChangeManagement;
import dev.tandem.earnedvalue.internal.EarnedValueCalculator.Cost;
import dev.tandem.earnedvalue.internal.EarnedValueCalculator.Figures;
import dev.tandem.earnedvalue.internal.EarnedValueCalculator.Item;
import dev.tandem.earnedvalue.internal.EarnedValueCalculator.Progress;
import dev.tandem.earnedvalue.internal.EarnedValueCalculator.ProgressRule;
import dev.tandem.earnedvalue.EarnedValueReport.Group;
import dev.tandem.earnedvalue.EarnedValueReport.Point;
import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.schedule.BaselineComparison;
import dev.tandem.schedule.BaselineSummary;
import dev.tandem.schedule.CalendarView;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.timetracking.LoggedHours;
import dev.tandem.timetracking.TimeTrackingManagement;
import dev.tandem.workitem.DependencyView;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.earnedvalue.internal.EarnedValueCalculator;
import dev.tandem.earnedvalue.internal.EarnedValueSnapshots;

/**
 * Earned value of a project against its current (latest) baseline. An item's budget is its planned hours (its hour
 * estimate, else most-likely days × 8, else its baseline working days × 8; the baseline keeps dates only) × the
 * assignee's rate: the person's rate in the project, else their role's, else the mean of the project's role rates.
 * A project without any rate is measured in hours. Actual cost is each work log's hours × the rate of whoever logged
 * it. Summary items carry no budget of their own; milestones none at all.
 */
@Service
@Transactional
public class EarnedValueManagement {

    private static final Logger log = LoggerFactory.getLogger(EarnedValueManagement.class);
    private static final double HOURS_PER_DAY = 8;
    private static final String HOURS = "h";

    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;
    private final ScheduleManagement schedules;
    private final ChangeManagement change;
    private final TimeTrackingManagement time;
    private final EarnedValueSnapshots snapshots;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EarnedValueManagement(PortfolioManagement portfolio, WorkItemManagement workItems, ScheduleManagement schedules,
                          ChangeManagement change, TimeTrackingManagement time, EarnedValueSnapshots snapshots,
                          JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.portfolio = portfolio;
        this.workItems = workItems;
        this.schedules = schedules;
        this.change = change;
        this.time = time;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The report; a past week the curve reaches without a snapshot gets one now (see {@link EarnedValueSnapshots}). */
    public EarnedValueReport report(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        Inputs in = inputs(actor, project);
        LocalDate today = LocalDate.now(clock);
        if (in.baseline() == null) {
            return new EarnedValueReport(project.key(), null, in.currency(), in.rule().name(), in.settingsVersion(), today,
                    null, List.of(), List.of(), List.of(), List.of());
        }
        Figures total = EarnedValueCalculator.figures(in.items().values(), in.costs(), in.rule(), today, in.workingDay());
        if (total.start() == null) {
            // a baseline of milestones and summaries only: nothing carries a budget
            return new EarnedValueReport(project.key(), in.baseline().name(), in.currency(), in.rule().name(),
                    in.settingsVersion(), today, group(project.key(), null, total), List.of(), List.of(), List.of(),
                    List.of());
        }
        // past weeks without a record get one now, and keep it
        Set<LocalDate> recorded = snapshots.of(project.id()).keySet();
        for (LocalDate monday = total.start().with(DayOfWeek.MONDAY); monday.isBefore(today.with(DayOfWeek.MONDAY));
             monday = monday.plusWeeks(1)) {
            if (!recorded.contains(monday)) {
                snapshots.recordIfAbsent(project.id(), monday, weekFigures(in, monday.plusDays(6)), clock.instant());
            }
        }
        return new EarnedValueReport(project.key(), in.baseline().name(), in.currency(), in.rule().name(),
                in.settingsVersion(), today, group(project.key(), null, total),
                groups(in, in.milestones(), today), groups(in, in.epics(), today), curve(project.id(), in, total, today),
                forecast(total, today));
    }

    /** SPI and CPI of a project for overviews, or empty when it has no baseline. */
    @Transactional(readOnly = true)
    public Optional<Group> summary(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        Inputs in = inputs(actor, project);
        if (in.baseline() == null) {
            return Optional.empty();
        }
        return Optional.of(group(project.key(), null, EarnedValueCalculator.figures(in.items().values(), in.costs(),
                in.rule(), LocalDate.now(clock), in.workingDay())));
    }

    /** The unit of the project's amounts: its currency, or "h" when it has no rates. */
    @Transactional(readOnly = true)
    public String currency(Actor actor, String projectKey) {
        return unit(change.boardSettings(actor, projectKey));
    }

    private static String unit(ChangeManagement.BoardSettings board) {
        return board.roleRates().isEmpty() && board.personRates().isEmpty() ? HOURS : board.currency();
    }

    /** Chooses how the project's items earn value: {@code ZERO_HUNDRED} (the default), {@code FIFTY_FIFTY} or {@code REMAINING}. */
    public EarnedValueReport setProgressRule(Actor actor, String projectKey, String rule, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_PROJECT);
        ProgressRule chosen;
        try {
            chosen = ProgressRule.valueOf(rule == null ? "" : rule.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("progressRule", Text.of("problem.input.oneOf",
                    "ZERO_HUNDRED, FIFTY_FIFTY, REMAINING"));
        }
        Setting setting = setting(project.id());
        StaleVersionException.check(Text.of("problem.earnedvalue.settings", project.key()), version, setting.version());
        if (chosen != setting.rule()) {
            jdbc.update("insert into evm_settings (project_id, progress_rule, version) values (?, ?, 0) on conflict do nothing",
                    project.id(), chosen.name());
            int updated = jdbc.update("update evm_settings set progress_rule = ?, version = version + 1"
                    + " where project_id = ? and version = ?", chosen.name(), project.id(), setting.version());
            if (updated == 0) {
                throw new StaleVersionException(Text.of("problem.earnedvalue.settings", project.key()),
                        setting(project.id()).version());
            }
            events.publishEvent(new EarnedValueEvent(project.id(), actor.username(), "evm.rule-changed", "Project",
                    project.key(), "progressRule: " + setting.rule() + " → " + chosen));
        }
        return report(actor, projectKey);
    }

    /** Records every project's current week, so that once the week is over its last take stands. */
    @SchedulerLock(name = "earned-value-weekly-snapshot")
    @Scheduled(initialDelayString = "${tandem.sync.snapshot-delay:PT2M}", fixedDelayString = "PT6H")
    void snapshotWeek() {
        LocalDate today = LocalDate.now(clock);
        for (ProjectSummary summary : portfolio.visibleProjects(Actor.system())) {
            try {
                ProjectRef project = portfolio.access(Actor.system(), summary.key(), Permission.VIEW_PROJECT);
                Inputs in = inputs(Actor.system(), project);
                if (in.baseline() != null) {
                    Figures total = EarnedValueCalculator.figures(in.items().values(), in.costs(), in.rule(), today,
                            in.workingDay());
                    snapshots.recordCurrent(project.id(), today.with(DayOfWeek.MONDAY), weekFigures(in, today),
                            clock.instant());
                }
            } catch (RuntimeException e) {
                log.warn("Could not record the earned value of {}: {}", summary.key(), e.getMessage());
            }
        }
    }

    // gathering the inputs

    private record Setting(ProgressRule rule, long version) {
    }

    private record Actuals(LocalDate started, LocalDate finished) {
    }

    private record Inputs(BaselineSummary baseline, Map<String, Item> items, Map<String, Actuals> actuals,
                          List<Cost> costs, ProgressRule rule,
                          long settingsVersion, String currency, Predicate<LocalDate> workingDay,
                          Map<String, Set<String>> milestones, Map<String, Set<String>> epics, Map<String, String> titles) {
    }

    private Setting setting(long projectId) {
        return jdbc.query("select progress_rule, version from evm_settings where project_id = ?",
                (rs, n) -> new Setting(ProgressRule.valueOf(rs.getString(1)), rs.getLong(2)), projectId)
                .stream().findFirst().orElse(new Setting(ProgressRule.ZERO_HUNDRED, 0));
    }

    private Inputs inputs(Actor actor, ProjectRef project) {
        Setting setting = setting(project.id());
        ChangeManagement.BoardSettings board = change.boardSettings(actor, project.key());
        Map<String, Double> rates = rates(board, portfolio.members(actor, project.key()));
        String currency = unit(board);
        double fallback = board.roleRates().values().stream().mapToDouble(BigDecimal::doubleValue).average().orElse(1);
        Predicate<LocalDate> workingDay = workingDay(schedules.calendar(actor, project.key()));
        List<BaselineSummary> baselines = schedules.baselines(actor, project.key());
        BaselineSummary baseline = baselines.isEmpty() ? null : baselines.getFirst();
        if (baseline == null) {
            return new Inputs(null, Map.of(), Map.of(), List.of(), setting.rule(), setting.version(), currency, workingDay,
                    Map.of(), Map.of(), Map.of());
        }
        List<ItemView> now = workItems.all(actor, project.key());
        Map<String, ItemView> byKey = now.stream().collect(Collectors.toMap(ItemView::key, i -> i));
        Set<String> parents = now.stream().map(ItemView::parent).filter(p -> p != null).collect(Collectors.toSet());
        BaselineComparison comparison = schedules.compare(actor, project.key(), baseline.id());
        Map<String, Item> items = new java.util.LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, Actuals> actuals = new HashMap<>();
        for (BaselineComparison.Variance v : comparison.items()) {
            ItemView item = byKey.get(v.key());
            titles.put(v.key(), v.title());
            if (item == null || parents.contains(v.key()) || "milestone".equals(item.type())) {
                continue;
            }
            double hours = plannedHours(item, v, workingDay);
            actuals.put(v.key(), new Actuals(item.actualStart(), item.actualFinish()));
            double rate = item.assignee() == null ? fallback : rates.getOrDefault(item.assignee(), fallback);
            items.put(v.key(), new Item(v.key(), v.baselineStart(), v.baselineFinish(), hours,
                    currency.equals(HOURS) ? hours : hours * rate, progress(item.statusCategory()),
                    item.remainingHours() == null ? null : item.remainingHours().doubleValue()));
        }
        List<Cost> costs = new ArrayList<>();
        for (LoggedHours logged : time.loggedHours(actor, project.key())) {
            double rate = currency.equals(HOURS) ? 1 : rates.getOrDefault(logged.username(), fallback);
            costs.add(new Cost(logged.item(), logged.date(), logged.hours().doubleValue() * rate));
        }
        return new Inputs(baseline, items, actuals, costs, setting.rule(), setting.version(), currency, workingDay,
                milestoneScopes(actor, project.key(), now), epicScopes(now), titles);
    }

    /** Hourly rate by username: the person's own in the project, else their role's. */
    private static Map<String, Double> rates(ChangeManagement.BoardSettings board, List<MemberSummary> members) {
        Map<String, Double> rates = new HashMap<>();
        for (MemberSummary m : members) {
            BigDecimal rate = board.personRates().getOrDefault(m.username(), board.roleRates().get(m.role().name()));
            if (rate != null) {
                rates.put(m.username(), rate.doubleValue());
            }
        }
        return rates;
    }

    private static double plannedHours(ItemView item, BaselineComparison.Variance v, Predicate<LocalDate> workingDay) {
        if (item.estimateHours() != null) {
            return item.estimateHours().doubleValue();
        }
        if (item.mostLikelyDays() != null) {
            return item.mostLikelyDays().doubleValue() * HOURS_PER_DAY;
        }
        return v.baselineStart().datesUntil(v.baselineFinish().plusDays(1)).filter(workingDay).count() * HOURS_PER_DAY;
    }

    private static Progress progress(StatusCategory category) {
        return switch (category) {
            case TODO -> Progress.NOT_STARTED;
            case IN_PROGRESS -> Progress.STARTED;
            case DONE -> Progress.DONE;
        };
    }

    private static Predicate<LocalDate> workingDay(CalendarView calendar) {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        calendar.exceptions().forEach(e -> exceptions.put(e.day(), e.working()));
        return day -> exceptions.getOrDefault(day, calendar.workingWeekdays().contains(day.getDayOfWeek()));
    }

    /** A milestone's items: every item it depends on, directly or through other items. */
    private Map<String, Set<String>> milestoneScopes(Actor actor, String projectKey, List<ItemView> items) {
        Map<String, List<String>> predecessors = new HashMap<>();
        for (DependencyView d : workItems.projectDependencies(actor, projectKey)) {
            predecessors.computeIfAbsent(d.successor(), k -> new ArrayList<>()).add(d.predecessor());
        }
        Map<String, Set<String>> scopes = new java.util.LinkedHashMap<>();
        for (ItemView m : items) {
            if ("milestone".equals(m.type())) {
                Set<String> seen = new LinkedHashSet<>();
                List<String> todo = new ArrayList<>(predecessors.getOrDefault(m.key(), List.of()));
                while (!todo.isEmpty()) {
                    String key = todo.removeLast();
                    if (seen.add(key)) {
                        todo.addAll(predecessors.getOrDefault(key, List.of()));
                    }
                }
                scopes.put(m.key(), seen);
            }
        }
        return scopes;
    }

    /** An epic's items: everything under it, at any depth. */
    private static Map<String, Set<String>> epicScopes(List<ItemView> items) {
        Map<String, List<String>> children = new HashMap<>();
        items.stream().filter(i -> i.parent() != null)
                .forEach(i -> children.computeIfAbsent(i.parent(), k -> new ArrayList<>()).add(i.key()));
        Map<String, Set<String>> scopes = new java.util.LinkedHashMap<>();
        for (ItemView epic : items) {
            if ("epic".equals(epic.type())) {
                Set<String> seen = new LinkedHashSet<>();
                List<String> todo = new ArrayList<>(children.getOrDefault(epic.key(), List.of()));
                while (!todo.isEmpty()) {
                    String key = todo.removeLast();
                    if (seen.add(key)) {
                        todo.addAll(children.getOrDefault(key, List.of()));
                    }
                }
                scopes.put(epic.key(), seen);
            }
        }
        return scopes;
    }

    // figures

    private List<Group> groups(Inputs in, Map<String, Set<String>> scopes, LocalDate today) {
        List<Group> groups = new ArrayList<>();
        scopes.forEach((key, scope) -> {
            List<Item> items = in.items().values().stream().filter(i -> scope.contains(i.key())).toList();
            List<Cost> costs = in.costs().stream().filter(c -> scope.contains(c.item())).toList();
            if (!items.isEmpty()) {
                groups.add(group(key, in.titles().get(key),
                        EarnedValueCalculator.figures(items, costs, in.rule(), today, in.workingDay())));
            }
        });
        return groups;
    }

    /**
     * PV, EV and AC as of a day: PV from the baseline, AC from the hours logged up to it, EV from the items' actual
     * start and finish dates (by the project's rule; the remaining-estimate rule, whose past estimates are not kept,
     * counts as 0/100 here).
     */
    private static EarnedValueSnapshots.Snapshot weekFigures(Inputs in, LocalDate day) {
        ProgressRule rule = in.rule() == ProgressRule.REMAINING ? ProgressRule.ZERO_HUNDRED : in.rule();
        double ev = 0;
        for (Item item : in.items().values()) {
            Actuals actuals = in.actuals().get(item.key());
            Progress then = actuals.finished() != null && !actuals.finished().isAfter(day) ? Progress.DONE
                    : actuals.started() != null && !actuals.started().isAfter(day) ? Progress.STARTED : Progress.NOT_STARTED;
            ev += EarnedValueCalculator.earned(new Item(item.key(), item.start(), item.finish(), item.plannedHours(),
                    item.budget(), then, null), rule);
        }
        return new EarnedValueSnapshots.Snapshot(money(EarnedValueCalculator.plannedValue(in.items().values(), day,
                in.workingDay())), money(ev), money(EarnedValueCalculator.actualCost(in.costs(), day)));
    }

    /** Weekly points from the first baseline week to the later of the planned finish and this week. */
    private List<Point> curve(long projectId, Inputs in, Figures live, LocalDate today) {
        Map<LocalDate, EarnedValueSnapshots.Snapshot> recorded = snapshots.of(projectId);
        LocalDate thisMonday = today.with(DayOfWeek.MONDAY);
        LocalDate last = live.finish().isAfter(today) ? live.finish() : today;
        List<Point> points = new ArrayList<>();
        for (LocalDate monday = live.start().with(DayOfWeek.MONDAY); !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            LocalDate end = monday.plusDays(6);
            BigDecimal pv = money(EarnedValueCalculator.plannedValue(in.items().values(), end, in.workingDay()));
            String week = TimeTrackingManagement.isoWeek(monday);
            if (monday.isBefore(thisMonday)) {
                EarnedValueSnapshots.Snapshot s = recorded.get(monday);
                points.add(new Point(week, end, pv, s == null ? null : s.ev(), s == null ? null : s.ac(), s != null));
            } else if (monday.equals(thisMonday)) {
                points.add(new Point(week, today, money(live.pv()), money(live.ev()), money(live.ac()), false));
            } else {
                points.add(new Point(week, end, pv, null, null, false));
            }
        }
        return points;
    }

    /** The forecast line: from today's actual cost to the estimate at completion (BAC ÷ CPI) at the forecast finish. */
    private static List<Point> forecast(Figures f, LocalDate today) {
        if (f.eacByCpi() == null || f.forecastFinish() == null) {
            return List.of();
        }
        LocalDate end = f.forecastFinish().isAfter(today) ? f.forecastFinish() : today;
        return List.of(new Point(TimeTrackingManagement.isoWeek(today), today, null, null, money(f.ac()), false),
                new Point(TimeTrackingManagement.isoWeek(end), end, null, null, money(f.eacByCpi()), false));
    }

    private static Group group(String key, String title, Figures f) {
        return new Group(key, title, money(f.bac()), money(f.pv()), money(f.ev()), money(f.ac()), money(f.sv()),
                money(f.cv()), ratio(f.spi()), ratio(f.cpi()), money(f.eacByCpi()), money(f.eacAtBudgetRate()),
                money(f.eacByCpiAndSpi()), money(f.etc()), money(f.vac()), ratio(f.tcpi()),
                days(f.earnedScheduleDays()), days(f.actualTimeDays()), days(f.plannedDurationDays()), ratio(f.spiT()),
                f.ieacTDays() == null ? null : days(f.ieacTDays()), f.finish(), f.forecastFinish());
    }

    private static BigDecimal money(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }

    private static BigDecimal days(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
