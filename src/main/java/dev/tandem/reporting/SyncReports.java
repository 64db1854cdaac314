package dev.tandem.reporting;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.reporting.internal.CriticalPathSnapshots;
import dev.tandem.schedule.ProjectForecast;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.schedule.ScheduledItem;
import dev.tandem.schedule.SlipAttributions;
import dev.tandem.schedule.SlipReport;
import dev.tandem.schedule.engine.WorkingCalendar;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.RemovedItem;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Prepares the weekly project–engineering sync report of any ISO week. */
@Service
@Transactional
public class SyncReports {

    private static final Logger log = LoggerFactory.getLogger(SyncReports.class);

    private final ScheduleManagement schedules;
    private final WorkItemManagement workItems;
    private final IdentityManagement identity;
    private final PortfolioManagement portfolio;
    private final CriticalPathSnapshots snapshots;
    private final Clock clock;
    private final List<RiskSource> riskSources;
    private final List<ReviewBoardSource> changeSources;
    private final List<DecisionSource> decisionSources;
    private final SlipAttributions slips;
    private final List<EarnedValueSource> earnedValueSources;
    private final List<DelayRiskSource> delayRiskSources;
    private final List<DeliverySource> deliverySources;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private static final int TOP_CAUSES = 3;

    SyncReports(ScheduleManagement schedules, WorkItemManagement workItems, IdentityManagement identity,
                PortfolioManagement portfolio, CriticalPathSnapshots snapshots, Clock clock,
                List<RiskSource> riskSources, List<ReviewBoardSource> changeSources,
                List<DecisionSource> decisionSources, SlipAttributions slips,
                List<EarnedValueSource> earnedValueSources, List<DelayRiskSource> delayRiskSources,
                List<DeliverySource> deliverySources, PlatformTransactionManager transactions) {
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.slips = slips;
        this.deliverySources = deliverySources;
        this.earnedValueSources = earnedValueSources;
        this.delayRiskSources = delayRiskSources;
        this.riskSources = riskSources;
        this.schedules = schedules;
        this.workItems = workItems;
        this.identity = identity;
        this.portfolio = portfolio;
        this.snapshots = snapshots;
        this.clock = clock;
        this.changeSources = changeSources;
        this.decisionSources = decisionSources;
    }

    /** The Monday of an ISO week such as {@code 2027-W02}; the current week when blank. */
    public LocalDate mondayOf(String week) {
        if (week == null || week.isBlank()) {
            return LocalDate.now(clock).with(java.time.DayOfWeek.MONDAY);
        }
        try {
            LocalDate monday = LocalDate.parse(week.strip() + "-1", DateTimeFormatter.ISO_WEEK_DATE);
            if (monday.getYear() < 1970 || monday.getYear() > 2999) {
                throw new InvalidInputException("week", Text.of("problem.reporting.weekYearRange"));
            }
            return monday;
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new InvalidInputException("week", Text.of("problem.reporting.isoWeek"));
        }
    }

    public static String isoWeek(LocalDate day) {
        return ScheduleManagement.isoWeek(day);
    }

    /**
     * Reads the report in one read-only transaction — it loads every item of the project, and in a writing one each of
     * its many queries would first check all of them for changes to flush — then records the current week's critical
     * path and forecast, if this is the current week, in a short transaction of its own.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SyncReport report(Actor actor, String projectKey, String week) {
        List<Runnable> records = new ArrayList<>();
        SyncReport report = reading.execute(status -> compose(actor, projectKey, week, records));
        if (!records.isEmpty()) {
            writing.executeWithoutResult(status -> records.forEach(Runnable::run));
        }
        return report;
    }

    private SyncReport compose(Actor actor, String projectKey, String week, List<Runnable> records) {
        LocalDate monday = mondayOf(week);
        LocalDate sunday = monday.plusDays(6);
        ScheduleManagement.Views views = schedules.views(actor, projectKey);
        LocalDate today = views.today();
        LocalDate asOf = today.isBefore(sunday) ? today : sunday;
        WorkingCalendar calendar = views.calendar();
        List<ItemView> items = views.items();
        Predicate<LocalDate> inWeek = d -> d != null && !d.isBefore(monday) && !d.isAfter(sunday);

        List<SyncReport.ItemLine> completed = items.stream()
                .filter(i -> i.statusCategory() == StatusCategory.DONE && inWeek.test(i.actualFinish()))
                .sorted(Comparator.comparing(ItemView::actualFinish))
                .map(i -> line(i, i.actualFinish())).toList();
        List<SyncReport.Blocker> blockers = items.stream().filter(ItemView::blocked)
                .sorted(Comparator.comparing(ItemView::blockedSince, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(this::blocker).toList();
        List<SyncReport.Blocker> newBlockers = blockers.stream().filter(b -> inWeek.test(b.since())).toList();
        List<SyncReport.Blocker> openBlockers = blockers.stream()
                .filter(b -> b.since() == null || b.since().isBefore(monday)).toList();
        List<SyncReport.ItemLine> overdue = items.stream()
                .filter(i -> i.statusCategory() != StatusCategory.DONE && i.dueDate() != null && i.dueDate().isBefore(asOf))
                .sorted(Comparator.comparing(ItemView::dueDate)).map(i -> line(i, i.dueDate())).toList();

        String isoWeek = isoWeek(monday);
        long projectId = views.project().id();
        boolean past = sunday.isBefore(today);
        ProjectForecast forecast = past ? schedules.recordedForecast(projectId, views.project().key(), isoWeek).orElse(null)
                : schedules.forecast(views);
        if (isoWeek.equals(isoWeek(today))) {
            Instant at = clock.instant();
            records.add(() -> schedules.recordForecast(projectId, isoWeek, forecast, at));
        }
        SyncReport.ForecastBasis basis = !past ? SyncReport.ForecastBasis.TODAY
                : forecast != null ? SyncReport.ForecastBasis.RECORDED : SyncReport.ForecastBasis.NOT_RECORDED;
        // what the board had before it, and decided, up to the end of the week or up to now if that comes first
        Instant weekStart = monday.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant weekEnd = sunday.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant now = clock.instant();
        Instant until = now.isBefore(weekEnd) ? now : weekEnd;
        List<ReviewBoardSource.Decided> decided = changeSources.stream()
                .flatMap(c -> c.decided(projectId, weekStart, until).stream()).toList();
        List<SyncReport.PersonLoad> load = load(views, calendar, monday, sunday);
        return new SyncReport(views.project().key(), isoWeek, monday, sunday, asOf, basis,
                forecast == null ? null : forecast.today(), forecast == null ? null : forecast.baseline(),
                forecast == null ? null : forecast.plannedFinish(), forecast == null ? null : forecast.forecastFinish(),
                forecast == null ? List.of() : forecast.milestones(), completed,
                newBlockers, openBlockers, overdue,
                load.stream().filter(l -> l.plannedHours().compareTo(l.availableHours()) > 0).toList(),
                scope(items.stream().filter(i -> inWeek.test(i.createdAt().atZone(ZoneOffset.UTC).toLocalDate())).toList()),
                removedScope(workItems.removed(actor, projectKey, weekStart, weekEnd)),
                criticalPathChange(views, monday, isoWeek, records),
                riskSources.stream().flatMap(r -> r.risksAboveThreshold(projectId).stream()).toList(),
                changeSources.stream().flatMap(c -> c.inReview(projectId, until).stream()).toList(), decided,
                decisionSources.stream().flatMap(d -> d.decisions(projectId, monday, sunday).stream())
                        .sorted(Comparator.comparing(DecisionSource.Decision::on)).toList(),
                decisionSources.stream().flatMap(d -> d.actionItems(projectId, monday, sunday).stream())
                        .sorted(Comparator.comparing(DecisionSource.ActionItem::agreedOn)).toList(),
                moved(actor, projectKey, monday, until),
                earnedValueSources.stream().flatMap(e -> e.earnedValue(actor, projectKey, monday).stream()).toList(),
                past ? List.of() : delayRiskSources.stream().flatMap(d -> d.topDelayRisks(projectId).stream()).toList(),
                past ? List.of() : deliverySources.stream().flatMap(d -> d.delivery(actor, projectKey).stream()).toList(),
                load);
    }

    /** The dates that moved in the week, each with its three largest causes. */
    private List<SyncReport.Moved> moved(Actor actor, String projectKey, LocalDate monday, Instant until) {
        return slips.movedInWeek(actor, projectKey, monday, until).stream()
                .map(r -> new SyncReport.Moved(r.target(), r.title(), r.fromLabel(), r.startDate(), r.endDate(),
                        r.slipDays(), r.causes().size(), r.causes().stream()
                        .sorted(Comparator.comparingInt((SlipReport.Cause c) -> -Math.abs(c.days()))).limit(TOP_CAUSES)
                        .toList(), "/projects/" + r.project() + ("*".equals(r.target()) ? "" : "/milestones/" + r.target())
                        + "/slip?from=" + LocalDate.ofInstant(r.from(), ZoneOffset.UTC)))
                .toList();
    }

    /**
     * Everyone's scheduled work in the week (forecast dates) against the hours they can give in it. Both count only the
     * days the person works: the project calendar's working days without their leave.
     */
    private List<SyncReport.PersonLoad> load(ScheduleManagement.Views views, WorkingCalendar calendar,
                                                     LocalDate monday, LocalDate sunday) {
        if (workingDays(calendar, monday, sunday, Set.of()) == 0) {
            return List.of();
        }
        Map<String, ItemView> byKey = views.items().stream().collect(Collectors.toMap(ItemView::key, Function.identity()));
        Map<String, PersonSummary> people = identity.list().stream()
                .collect(Collectors.toMap(PersonSummary::username, Function.identity()));
        List<ScheduledItem> rows = views.forecast().items().stream()
                .filter(row -> !row.summary() && row.statusCategory() != StatusCategory.DONE && row.durationDays() > 0
                        && row.assignee() != null && people.containsKey(row.assignee()))
                .toList();
        Map<Long, Set<LocalDate>> leave = identity.leaveOf(rows.stream().map(row -> people.get(row.assignee()).id())
                .collect(Collectors.toSet()), monday, sunday);
        Map<String, BigDecimal> planned = new LinkedHashMap<>();
        Map<String, List<String>> assigned = new LinkedHashMap<>();
        for (ScheduledItem row : rows) {
            ItemView item = byKey.get(row.key());
            PersonSummary person = people.get(row.assignee());
            LocalDate from = row.start().isBefore(monday) ? monday : row.start();
            LocalDate to = row.finish().isAfter(sunday) ? sunday : row.finish();
            int overlap = workingDays(calendar, from, to, leave.getOrDefault(person.id(), Set.of()));
            if (overlap == 0) {
                continue;
            }
            // the schedule lengthened the item by the leave it runs into; the work is spread over the other days
            int daysWorked = Math.max(1, row.durationDays() - row.leaveDays());
            BigDecimal daily = item.estimateHours() != null
                    ? item.estimateHours().divide(BigDecimal.valueOf(daysWorked), 4, RoundingMode.HALF_UP)
                    : person.weeklyCapacityHours().divide(BigDecimal.valueOf(5), 4, RoundingMode.HALF_UP);
            planned.merge(person.username(), daily.multiply(BigDecimal.valueOf(overlap)), BigDecimal::add);
            assigned.computeIfAbsent(person.username(), k -> new ArrayList<>()).add(row.key());
        }
        List<SyncReport.PersonLoad> load = new ArrayList<>();
        planned.forEach((username, hours) -> {
            PersonSummary person = people.get(username);
            int daysAvailable = workingDays(calendar, monday, sunday, leave.getOrDefault(person.id(), Set.of()));
            BigDecimal available = person.weeklyCapacityHours().multiply(BigDecimal.valueOf(daysAvailable))
                    .divide(BigDecimal.valueOf(5), 1, RoundingMode.HALF_UP);
            load.add(new SyncReport.PersonLoad(username, person.displayName(), available,
                    hours.setScale(1, RoundingMode.HALF_UP), assigned.get(username)));
        });
        return load;
    }

    /** The project's working days from one date to another, inclusive, that the person is not on leave. */
    private static int workingDays(WorkingCalendar calendar, LocalDate from, LocalDate to, Set<LocalDate> leave) {
        if (to.isBefore(from)) {
            return 0;
        }
        return (int) from.datesUntil(to.plusDays(1)).filter(d -> calendar.isWorkingDay(d) && !leave.contains(d)).count();
    }

    /**
     * A past week's path is the one recorded that week, if any; the current week's is today's and recorded, so next
     * week can compare; a coming week's is today's.
     */
    private SyncReport.CriticalPathChange criticalPathChange(ScheduleManagement.Views views, LocalDate monday,
                                                             String isoWeek, List<Runnable> records) {
        long projectId = views.project().id();
        boolean currentWeek = isoWeek.equals(isoWeek(views.today()));
        boolean past = monday.plusDays(6).isBefore(views.today());
        Optional<List<String>> current = past ? snapshots.of(projectId, isoWeek) : Optional.of(views.plan().criticalPath());
        if (currentWeek) {
            List<String> keys = current.orElseThrow();
            Instant at = clock.instant();
            records.add(() -> snapshots.record(projectId, isoWeek, keys, at));
        }
        String previousWeek = isoWeek(monday.minusWeeks(1));
        var previous = snapshots.of(projectId, previousWeek);
        List<String> path = current.orElse(List.of());
        List<String> joined = previous.filter(p -> current.isPresent())
                .map(p -> path.stream().filter(k -> !p.contains(k)).toList()).orElse(List.of());
        List<String> left = previous.filter(p -> current.isPresent())
                .map(p -> p.stream().filter(k -> !path.contains(k)).toList()).orElse(List.of());
        return new SyncReport.CriticalPathChange(current.isPresent(), previousWeek, previous.isPresent(), path, joined,
                left);
    }

    /**
     * Keeps a weekly record of every project's critical path and forecast, so next week's report can say what changed
     * and a past week's report shows what was known at its end.
     */
    @SchedulerLock(name = "sync-report-weekly-snapshot")
    @Scheduled(initialDelayString = "${tandem.sync.snapshot-delay:PT2M}", fixedDelayString = "PT6H")
    void snapshotWeek() {
        String week = isoWeek(LocalDate.now(clock));
        for (ProjectSummary project : portfolio.visibleProjects(Actor.system())) {
            try {
                var views = schedules.views(Actor.system(), project.key());
                snapshots.record(project.id(), week, views.plan().criticalPath(), clock.instant());
                schedules.recordForecast(project.id(), week, schedules.forecast(views), clock.instant());
            } catch (RuntimeException e) {
                log.warn("Could not record the critical path and forecast of {}: {}", project.key(), e.getMessage());
            }
        }
    }

    private static SyncReport.ItemLine line(ItemView i, LocalDate date) {
        return new SyncReport.ItemLine(i.key(), i.title(), i.type(), i.assigneeName(), date);
    }

    private SyncReport.Blocker blocker(ItemView i) {
        LocalDate since = i.blockedSince() == null ? null : i.blockedSince().atZone(ZoneOffset.UTC).toLocalDate();
        long age = i.blockedSince() == null ? 0 : Duration.between(i.blockedSince(), clock.instant()).toDays();
        return new SyncReport.Blocker(i.key(), i.title(), i.assigneeName(), i.blockedReason(), since, age);
    }

    private static SyncReport.Scope scope(List<ItemView> added) {
        return new SyncReport.Scope(added.size(), sum(added.stream().map(ItemView::storyPoints).toList()),
                sum(added.stream().map(ItemView::estimateHours).toList()),
                sum(added.stream().map(ItemView::mostLikelyDays).toList()), added.stream().map(ItemView::key).toList());
    }

    private static SyncReport.Scope removedScope(List<RemovedItem> removed) {
        return new SyncReport.Scope(removed.size(), sum(removed.stream().map(RemovedItem::storyPoints).toList()),
                sum(removed.stream().map(RemovedItem::estimateHours).toList()),
                sum(removed.stream().map(RemovedItem::mostLikelyDays).toList()),
                removed.stream().map(RemovedItem::key).toList());
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
    }
}
