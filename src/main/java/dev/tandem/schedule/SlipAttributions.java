package dev.tandem.schedule;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.schedule.internal.BaselineStore;
import dev.tandem.schedule.internal.Calendars;
import dev.tandem.schedule.internal.ForecastSnapshots;
import dev.tandem.schedule.internal.SlipReplay;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.DependencyView;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.ProjectChange;
import dev.tandem.workitem.StatusView;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Why a milestone or the project finish moved: loads the plan, its recorded history, the calendar, leave and the
 * applied change requests once, after one access check, and hands them to the pure {@link SlipReplay}.
 */
@Service
@Transactional(readOnly = true)
public class SlipAttributions {

    /** What a window may start at: the first baseline, last week's forecast, or a date. */
    public static final String FROM_BASELINE = "baseline";
    public static final String FROM_LAST_WEEK = "last-week";

    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;
    private final IdentityManagement identity;
    private final ScheduleManagement schedules;
    private final BaselineStore baselines;
    private final ForecastSnapshots forecasts;
    private final Calendars calendars;
    private final List<ChangeRequestSource> changeSources;
    private final Clock clock;

    SlipAttributions(PortfolioManagement portfolio, WorkItemManagement workItems, IdentityManagement identity,
                     ScheduleManagement schedules, BaselineStore baselines, ForecastSnapshots forecasts,
                     Calendars calendars, List<ChangeRequestSource> changeSources, Clock clock) {
        this.portfolio = portfolio;
        this.workItems = workItems;
        this.identity = identity;
        this.schedules = schedules;
        this.baselines = baselines;
        this.forecasts = forecasts;
        this.calendars = calendars;
        this.changeSources = changeSources;
        this.clock = clock;
    }

    /** Why the milestone {@code itemKey} moved from {@code from} (see {@link #FROM_BASELINE}) to {@code to} (now if null). */
    public SlipReport milestone(Actor actor, String projectKey, String itemKey, String from, LocalDate to) {
        return attribute(actor, projectKey, List.of(itemKey == null ? "" : itemKey.strip().toUpperCase(Locale.ROOT)),
                from, to).getFirst();
    }

    /** Why the project's finish moved. */
    public SlipReport projectFinish(Actor actor, String projectKey, String from, LocalDate to) {
        return attribute(actor, projectKey, List.of(SlipReplay.PROJECT), from, to).getFirst();
    }

    /** Why each milestone and the project finish moved; the finish comes first. */
    public List<SlipReport> all(Actor actor, String projectKey, String from, LocalDate to) {
        return attribute(actor, projectKey, null, from, to);
    }

    private record Window(String label, Instant from, Instant to, Map<String, LocalDate> references) {
    }

    /** One project's finish movement over a period, added up by kind of cause (working days per kind code). */
    public record ProjectCauses(String project, String name, LocalDate from, LocalDate startDate, LocalDate endDate,
                                int slipDays, Map<String, Integer> daysByKind) {
    }

    /**
     * For the PMO: what moved the finish of every project the actor can see over the last {@code days} days (from its
     * first baseline when that was captured within them, else from the day its history begins for a younger
     * project), by kind of cause. Projects without items are left out.
     */
    public List<ProjectCauses> acrossProjects(Actor actor, int days) {
        Instant now = clock.instant();
        List<ProjectCauses> result = new ArrayList<>();
        for (var summary : portfolio.visibleProjects(actor)) {
            ProjectRef project = portfolio.access(actor, summary.key(), Permission.VIEW_PROJECT);
            List<ItemView> items = workItems.all(actor, project.key());
            if (items.isEmpty()) {
                continue;
            }
            List<ProjectChange> history = workItems.projectHistory(actor, project.key(), Instant.EPOCH);
            Instant periodStart = now.minus(Duration.ofDays(days));
            // a project baselined within the period counts from its baseline, not from its first items
            Window window = baselines.list(project.id()).stream().min(Comparator.comparing(BaselineSummary::capturedAt))
                    .filter(b -> b.capturedAt().isAfter(periodStart))
                    .map(b -> new Window(b.name(), b.capturedAt(), now, baselineReferences(b)))
                    .orElseGet(() -> {
                        Instant historyStarts = historyStart(items, history, now);
                        Instant from = historyStarts.isAfter(periodStart) ? historyStarts : periodStart;
                        return new Window(LocalDate.ofInstant(from, ZoneOffset.UTC).toString(), from, now, Map.of());
                    });
            SlipReport finish = attribute(actor, project, items, history, List.of(SlipReplay.PROJECT), window).getFirst();
            Map<String, Integer> byKind = new TreeMap<>();
            finish.byKind().forEach(k -> byKind.put(k.kind(), k.days()));
            result.add(new ProjectCauses(project.key(), summary.name(), LocalDate.ofInstant(window.from(), ZoneOffset.UTC),
                    finish.startDate(), finish.endDate(), finish.slipDays(), byKind));
        }
        return result;
    }

    /**
     * What moved in a week, for the weekly sync: from the forecast recorded the week before, else from the first
     * baseline if it was captured before {@code until}; each date that something moved, with its causes. Empty when
     * there is nothing to measure from.
     */
    public List<SlipReport> movedInWeek(Actor actor, String projectKey, LocalDate monday, Instant until) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        String previous = ScheduleManagement.isoWeek(monday.minusWeeks(1));
        Window window = forecasts.takenAt(project.id(), previous)
                .map(at -> new Window(previous, at, until, snapshotReferences(project, previous)))
                .or(() -> baselines.list(project.id()).stream().min(Comparator.comparing(BaselineSummary::capturedAt))
                        .filter(b -> b.capturedAt().isBefore(until))
                        .map(b -> new Window(b.name(), b.capturedAt(), until, baselineReferences(b))))
                .orElse(null);
        if (window == null || !window.from().isBefore(until)) {
            return List.of();
        }
        List<ItemView> items = workItems.all(actor, project.key());
        List<ProjectChange> history = workItems.projectHistory(actor, project.key(), Instant.EPOCH);
        return attribute(actor, project, items, history, null, window).stream()
                .filter(r -> !r.causes().isEmpty()).toList();
    }

    private List<SlipReport> attribute(Actor actor, String projectKey, List<String> requested, String fromText,
                                       LocalDate toDay) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        List<ItemView> items = workItems.all(actor, project.key());
        List<ProjectChange> history = workItems.projectHistory(actor, project.key(), Instant.EPOCH);
        return attribute(actor, project, items, history, requested, window(project, items, history, fromText, toDay));
    }

    private List<SlipReport> attribute(Actor actor, ProjectRef project, List<ItemView> items,
                                       List<ProjectChange> history, List<String> requested, Window window) {
        List<String> targets = requested;
        if (targets == null) {
            Set<String> milestones = new TreeSet<>(Comparator.comparingInt(SlipAttributions::number));
            items.stream().filter(i -> "milestone".equals(i.type())).forEach(i -> milestones.add(i.key()));
            window.references().keySet().stream().filter(k -> !SlipReplay.PROJECT.equals(k)).forEach(milestones::add);
            targets = new ArrayList<>(List.of(SlipReplay.PROJECT));
            targets.addAll(milestones);
        } else if (!SlipReplay.PROJECT.equals(targets.getFirst())) {
            checkMilestone(project, items, history, window, targets.getFirst());
        }

        LocalDate projectStart = schedules.projectStart(actor, project.key(), items);
        List<PersonSummary> people = identity.list();
        Map<String, String> names = people.stream().collect(Collectors.toMap(PersonSummary::username,
                PersonSummary::displayName));
        Map<String, BigDecimal> capacity = people.stream().collect(Collectors.toMap(PersonSummary::username,
                PersonSummary::weeklyCapacityHours));

        List<SlipReplay.Line> lines = new ArrayList<>();
        for (ProjectChange c : history) {
            lines.add(new SlipReplay.Line(c.id(), c.at(), c.actor(), c.itemKey(), c.field(), c.oldValue(), c.newValue(),
                    c.fields()));
        }
        Map<LocalDate, Boolean> exceptions = new TreeMap<>();
        for (var e : calendars.datedExceptions(project.id())) {
            exceptions.put(e.day(), e.working());
            if (e.changedAt() != null) {
                lines.add(new SlipReplay.Line(0, e.changedAt(), Objects.requireNonNullElse(e.changedBy(), "?"),
                        e.day().toString(), "calendar", null, (e.working() ? "working" : "holiday")
                        + (e.name() == null ? "" : " " + e.name()), Map.of()));
            }
        }
        Map<String, Long> ids = people.stream().collect(Collectors.toMap(PersonSummary::username, PersonSummary::id));
        Set<Long> assignees = items.stream().map(ItemView::assignee).filter(ids::containsKey).map(ids::get)
                .collect(Collectors.toSet());
        history.stream().filter(c -> "assignee".equals(c.field())).flatMap(c -> Stream.of(c.oldValue(),
                c.newValue())).filter(ids::containsKey).map(ids::get).forEach(assignees::add);
        Map<String, Set<LocalDate>> leave = new HashMap<>();
        for (var day : identity.leaveDays(assignees, projectStart, ScheduleManagement.LAST_DAY)) {
            leave.computeIfAbsent(day.username(), k -> new TreeSet<>()).add(day.day());
            if (day.addedAt() != null) {
                lines.add(new SlipReplay.Line(0, day.addedAt(), Objects.requireNonNullElse(day.addedBy(), day.username()),
                        day.username(), "leave", null, day.day().toString(), Map.of()));
            }
        }
        // item lines keep their recorded order; calendar and leave lines fall in by time
        lines.sort(Comparator.comparing(SlipReplay.Line::at));

        List<ChangeRequestSource.Applied> applied = changeSources.stream()
                .flatMap(s -> s.applied(project.id(), window.from(), window.to()).stream()).toList();
        List<SlipReplay.ChangeRequestWindow> requests = applied.stream()
                .map(a -> new SlipReplay.ChangeRequestWindow(a.code(), a.title(), a.appliedBy(), a.approvers(),
                        a.startedAt(), a.appliedAt(), a.predictedDays())).toList();
        Map<String, Long> requestIds = applied.stream()
                .collect(Collectors.toMap(ChangeRequestSource.Applied::code, ChangeRequestSource.Applied::id, (a, b) -> a));

        var calendar = calendars.view(project.id());
        Map<String, StatusView> statuses = new LinkedHashMap<>();
        workItems.statuses(actor, project.key()).forEach(s -> statuses.put(s.name(), s));
        var plan = new SlipReplay.Plan(items, workItems.projectDependencies(actor, project.key()), projectStart,
                calendar.workingWeekdays(), exceptions, leave, capacity, statuses.values().stream()
                .collect(Collectors.toMap(StatusView::name, StatusView::category)));
        List<SlipReplay.Attribution> attributions = SlipReplay.attribute(plan, lines, requests, window.from(),
                window.to(), targets, window.references());
        return attributions.stream().map(a -> report(project, window, a, names, requestIds)).toList();
    }

    private void checkMilestone(ProjectRef project, List<ItemView> items, List<ProjectChange> history, Window window,
                                String key) {
        var current = items.stream().filter(i -> i.key().equals(key)).findFirst();
        if (current.isPresent()) {
            if (!"milestone".equals(current.get().type())) {
                throw new InvalidInputException("itemKey", Text.of("problem.schedule.notAMilestone", key,
                        current.get().type()));
            }
            return;
        }
        boolean known = window.references().containsKey(key) || history.stream()
                .anyMatch(c -> c.itemKey().equals(key) && c.isCreationOrDeletion() && "milestone".equals(c.fields().get("type")));
        if (!known) {
            throw new NotFoundException(Text.of("problem.schedule.noMilestone", key, project.key()));
        }
    }

    private Window window(ProjectRef project, List<ItemView> items, List<ProjectChange> history, String fromText,
                          LocalDate toDay) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (toDay != null && toDay.isAfter(today)) {
            throw new InvalidInputException("to", Text.of("problem.schedule.toAfterToday", today.toString()));
        }
        Instant to = toDay == null || toDay.equals(today) ? now : toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        String from = fromText == null || fromText.isBlank() ? FROM_BASELINE : fromText.strip().toLowerCase(Locale.ROOT);
        Window window = switch (from) {
            case FROM_BASELINE -> {
                var first = baselines.list(project.id()).stream().min(Comparator.comparing(BaselineSummary::capturedAt))
                        .orElseThrow(() -> new ConflictException(Text.of("problem.schedule.noBaselineToSlipFrom",
                                project.key())));
                yield new Window(first.name(), first.capturedAt(), to, baselineReferences(first));
            }
            case FROM_LAST_WEEK -> {
                String week = ScheduleManagement.isoWeek(today.minusWeeks(1));
                Instant takenAt = forecasts.takenAt(project.id(), week).orElseThrow(() -> new ConflictException(
                        Text.of("problem.schedule.noForecastForWeek", project.key(), week)));
                yield new Window(week, takenAt, to, snapshotReferences(project, week));
            }
            default -> {
                LocalDate day;
                try {
                    day = LocalDate.parse(from);
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("from", Text.of("problem.schedule.fromNotUnderstood",
                            today.minusWeeks(1).toString(), fromText.strip()));
                }
                yield new Window(day.toString(), day.atStartOfDay(ZoneOffset.UTC).toInstant(), to, Map.of());
            }
        };
        if (!window.from().isBefore(window.to())) {
            throw new InvalidInputException("from", Text.of("problem.schedule.fromNotBeforeTo", window.to().toString()));
        }
        LocalDate firstDay = LocalDate.ofInstant(historyStart(items, history, now), ZoneOffset.UTC);
        if (window.from().isBefore(firstDay.atStartOfDay(ZoneOffset.UTC).toInstant())) {
            throw new InvalidInputException("from", Text.of("problem.schedule.fromBeforeHistory", project.key(),
                    firstDay.toString()));
        }
        return window;
    }

    /** When the project's recorded history begins: its first item or its first recorded change. */
    private static Instant historyStart(List<ItemView> items, List<ProjectChange> history, Instant now) {
        return Stream.concat(items.stream().map(ItemView::createdAt), history.stream().map(ProjectChange::at))
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(now);
    }

    /** Each milestone's baseline date, and the finish's under {@link SlipReplay#PROJECT}. */
    private Map<String, LocalDate> baselineReferences(BaselineSummary baseline) {
        Map<String, LocalDate> references = new HashMap<>();
        baselines.rows(baseline.id()).stream().filter(r -> "milestone".equals(r.type()))
                .forEach(r -> references.put(r.key(), r.finish()));
        if (baseline.finish() != null) {
            references.put(SlipReplay.PROJECT, baseline.finish());
        }
        return references;
    }

    private Map<String, LocalDate> snapshotReferences(ProjectRef project, String week) {
        ProjectForecast snapshot = forecasts.of(project.id(), project.key(), week).orElseThrow();
        Map<String, LocalDate> references = new HashMap<>();
        snapshot.milestones().stream().filter(m -> m.forecastDate() != null)
                .forEach(m -> references.put(m.key(), m.forecastDate()));
        if (snapshot.forecastFinish() != null) {
            references.put(SlipReplay.PROJECT, snapshot.forecastFinish());
        }
        return references;
    }

    private static SlipReport report(ProjectRef project, Window window, SlipReplay.Attribution a,
                                     Map<String, String> names, Map<String, Long> requestIds) {
        List<SlipReport.Cause> causes = a.contributions().stream().map(c -> new SlipReport.Cause(c.step(), c.at(),
                code(c.kind()), c.item(), c.itemTitle(), c.itemDeleted(), c.owner(),
                c.owner() == null ? null : names.getOrDefault(c.owner(), c.owner()), c.approvers(), c.changeRequest(),
                c.changeRequest() == null ? null : requestIds.get(c.changeRequest()), c.changeRequestTitle(),
                c.predictedDays(), c.fields(), c.from(), c.to(), c.note(), c.days(), c.drivingPath(),
                auditLink(project, c))).toList();
        Map<String, int[]> totals = new LinkedHashMap<>();
        for (SlipReport.Cause c : causes) {
            int[] t = totals.computeIfAbsent(c.kind(), k -> new int[2]);
            t[0] += c.days();
            t[1]++;
        }
        List<SlipReport.KindTotal> byKind = totals.entrySet().stream()
                .map(e -> new SlipReport.KindTotal(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt((SlipReport.KindTotal k) -> -Math.abs(k.days())))
                .toList();
        return new SlipReport(project.key(), a.target(), SlipReplay.PROJECT.equals(a.target()) ? null : a.title(),
                window.label(), window.from(), window.to(), a.startDate(), a.endDate(), a.slipDays(), a.addedAt(),
                a.removed(), causes, byKind, a.zeroChanges(), a.startPath(), a.endPath());
    }

    /** The audit trail filtered to the change's target and author. */
    private static String auditLink(ProjectRef project, SlipReplay.Contribution c) {
        String target = switch (c.kind()) {
            case CHANGE_REQUEST -> project.key() + "/" + c.changeRequest();
            case CALENDAR -> project.key();
            case START -> null;
            default -> c.item();
        };
        if (target == null) {
            return null;
        }
        String link = "/audit?target=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        return c.kind() == SlipReplay.Kind.LATE || c.kind() == SlipReplay.Kind.BLOCKED || c.owner() == null ? link
                : link + "&actor=" + URLEncoder.encode(c.owner(), StandardCharsets.UTF_8);
    }

    static String code(SlipReplay.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static int number(String key) {
        try {
            return Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
