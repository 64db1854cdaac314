package dev.tandem.schedule.web;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.schedule.BaselineComparison;
import dev.tandem.schedule.CalendarView;
import dev.tandem.schedule.ProjectSchedule;
import dev.tandem.schedule.MilestoneConfidenceSource;
import dev.tandem.schedule.ProposedDatesSource;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.schedule.ScheduledItem;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.WorkItemManagement;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Gantt's data for its script, with the browser session and its CSRF token rather than an API token.
 * Failures come back as problem JSON (see system.ApiProblems) whose detail the page shows.
 */
@RestController
class GanttData {

    private final ScheduleManagement schedules;
    private final WorkItemManagement workItems;
    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;
    private final MessageSource messages;
    private final Clock clock;
    private final List<MilestoneConfidenceSource> confidence;
    private final List<ProposedDatesSource> proposals;

    GanttData(ScheduleManagement schedules, WorkItemManagement workItems, PortfolioManagement portfolio,
              IdentityManagement identity, MessageSource messages, Clock clock,
              List<MilestoneConfidenceSource> confidence, List<ProposedDatesSource> proposals) {
        this.confidence = confidence;
        this.proposals = proposals;
        this.schedules = schedules;
        this.workItems = workItems;
        this.portfolio = portfolio;
        this.identity = identity;
        this.messages = messages;
        this.clock = clock;
    }

    /** A drag's result: a null start keeps the start, a null finish keeps the duration in working days. */
    record Move(LocalDate start, LocalDate finish, Long version) {
    }

    @GetMapping("/projects/{key}/gantt/data")
    GanttView data(Actor actor, @PathVariable String key, @RequestParam(required = false) Long baseline, Locale locale) {
        return view(actor, key, schedules.schedule(actor, key), baseline, locale);
    }

    @PostMapping("/projects/{key}/gantt/items/{item}/dates")
    GanttView move(Actor actor, @PathVariable String key, @PathVariable String item,
                   @RequestParam(required = false) Long baseline, @Valid @RequestBody Move move, Locale locale) {
        ProjectSchedule rescheduled = schedules.reschedule(actor, key, item, move.start(), move.finish(), move.version());
        return view(actor, key, rescheduled, baseline, locale);
    }

    private GanttView view(Actor actor, String key, ProjectSchedule schedule, Long baselineId, Locale locale) {
        boolean editable = portfolio.access(actor, key, Permission.VIEW_PROJECT).may(Permission.EDIT_ITEMS);
        Map<String, BaselineComparison.Variance> baseline = baselineId == null ? Map.of()
                : schedules.compare(actor, key, baselineId).items().stream()
                .collect(Collectors.toMap(BaselineComparison.Variance::key, Function.identity()));
        Map<String, String> names = identity.list().stream()
                .collect(Collectors.toMap(PersonSummary::username, PersonSummary::displayName));
        Map<String, ProposedDatesSource.Proposed> ghosts = proposals.isEmpty() ? Map.of()
                : proposals.getFirst().proposedDates(actor, key);
        List<GanttView.Row> rows = new ArrayList<>(schedule.items().size());
        for (ScheduledItem i : schedule.items()) {
            BaselineComparison.Variance v = baseline.get(i.key());
            ProposedDatesSource.Proposed ghost = ghosts.get(i.key());
            rows.add(new GanttView.Row(i.key(), i.title(), i.type(), label("type." + i.type(), i.type(), locale),
                    i.parent(), i.depth(), i.summary(), "milestone".equals(i.type()), i.status(),
                    label("status.name." + i.status(), i.status(), locale), i.statusCategory(), i.blocked(),
                    i.blockedReason(), i.assignee(), i.assignee() == null ? null : names.getOrDefault(i.assignee(),
                    i.assignee()), i.start(), i.finish(), i.lateStart(), i.lateFinish(),
                    i.totalFloatDays(), i.freeFloatDays(), i.critical(), i.durationDays(), i.durationSource(),
                    i.progress(), i.version(), v == null ? null : v.baselineStart(),
                    v == null ? null : v.baselineFinish(), ghost == null ? null : ghost.start(),
                    ghost == null ? null : ghost.finish()));
        }
        List<GanttView.Link> links = workItems.projectDependencies(actor, key).stream()
                .map(d -> new GanttView.Link(d.predecessor(), d.successor(), d.type(), d.lagDays())).toList();
        return new GanttView(schedule.project(), schedule.start(), schedule.finish(), LocalDate.now(clock), editable,
                schedule.criticalPath(), rows, links, schedules.baselines(actor, key), baselineId, schedule.conflicts(),
                calendar(schedules.calendar(actor, key)),
                confidence.isEmpty() || rows.stream().noneMatch(GanttView.Row::milestone) ? Map.of()
                        : confidence.getFirst().milestoneConfidence(actor, key, schedule));
    }

    private static GanttView.Calendar calendar(CalendarView view) {
        return new GanttView.Calendar(view.workingWeekdays().stream().map(DayOfWeek::getValue).sorted().toList(),
                view.exceptions().stream().filter(e -> !e.working()).map(CalendarView.Exception::day).toList(),
                view.exceptions().stream().filter(CalendarView.Exception::working).map(CalendarView.Exception::day).toList());
    }

    private String label(String code, String fallback, Locale locale) {
        return fallback == null ? null : messages.getMessage(code, null, fallback, locale);
    }
}
