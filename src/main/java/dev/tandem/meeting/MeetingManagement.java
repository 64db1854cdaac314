package dev.tandem.meeting;

import static dev.tandem.system.Inputs.text;

import dev.tandem.change.ChangeManagement;
import dev.tandem.change.ChangeRequestView;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.meeting.MeetingView.ActionView;
import dev.tandem.meeting.MeetingView.AttendeeView;
import dev.tandem.meeting.MeetingView.DecisionView;
import dev.tandem.meeting.engine.AgendaComposer;
import dev.tandem.meeting.engine.Invitation;
import dev.tandem.meeting.engine.Recurrence;
import dev.tandem.register.BufferStatus;
import dev.tandem.planning.CharterManagement;
import dev.tandem.register.TechDebtManagement;
import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.reporting.SyncReport;
import dev.tandem.reporting.SyncReports;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.system.Dates;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.livestream.ProjectEventStream;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.meeting.internal.ActionItem;
import dev.tandem.meeting.internal.ActionItems;
import dev.tandem.register.ScorecardManagement;
import dev.tandem.meeting.internal.Attendee;
import dev.tandem.meeting.internal.Decision;
import dev.tandem.meeting.internal.Decisions;
import dev.tandem.meeting.internal.Meeting;
import dev.tandem.meeting.internal.Meetings;
import dev.tandem.meeting.internal.MinutesPdf;

/**
 * Meetings of a project. Reading needs {@code VIEW_PROJECT}; scheduling, the agenda, minutes, decisions and action
 * items need {@code RECORD_MEETINGS}; turning an action item into a work item also needs the right to create items.
 * Every refusal happens before anything is written.
 */
@Service
@Transactional
public class MeetingManagement {

    static final int MAX_TEXT = 100_000;
    static final int MAX_ATTENDEES = 100;
    static final int MAX_GUESTS = 50;
    /** The PMO alignment's agenda covers at most this many projects (each is one weekly sync report). */
    static final int MAX_ALIGNMENT_PROJECTS = 40;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Meetings meetings;
    private final Decisions decisions;
    private final ActionItems actions;
    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;
    private final WorkItemManagement workItems;
    private final ProjectEventStream eventStream;
    private final SyncReports syncReports;
    private final ScheduleManagement schedules;
    private final TechDebtManagement techDebt;
    private final ScorecardManagement scorecards;
    private final MinutesPdf minutesPdf;
    private final CharterManagement charters;
    private final ChangeManagement changes;
    private final MessageSource messages;
    private final Dates dates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingManagement(Meetings meetings, Decisions decisions, ActionItems actions, PortfolioManagement portfolio,
                      IdentityManagement identity, WorkItemManagement workItems, ProjectEventStream eventStream,
                      SyncReports syncReports, ScheduleManagement schedules, TechDebtManagement techDebt,
                      ScorecardManagement scorecards, MinutesPdf minutesPdf, CharterManagement charters, ChangeManagement changes,
                      MessageSource messages, Dates dates, ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.actions = actions;
        this.portfolio = portfolio;
        this.identity = identity;
        this.workItems = workItems;
        this.eventStream = eventStream;
        this.syncReports = syncReports;
        this.schedules = schedules;
        this.techDebt = techDebt;
        this.scorecards = scorecards;
        this.minutesPdf = minutesPdf;
        this.charters = charters;
        this.changes = changes;
        this.messages = messages;
        this.dates = dates;
        this.events = events;
        this.clock = clock;
    }

    // reading

    /** The project's meetings, latest first. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> list(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        List<Meeting> list = meetings.findByProjectIdOrderByStartsAtDescIdDesc(project.id());
        Map<String, ItemView> items = items(actor, project);
        Map<Long, Long> open = new java.util.HashMap<>();
        for (ActionItem a : actions.findByProjectId(project.id())) {
            if (status(a, items) == ActionStatus.OPEN) {
                open.merge(a.meetingId(), 1L, Long::sum);
            }
        }
        return list.stream().map(m -> new MeetingSummary(m.id(), m.kind(), m.title(), m.start().toOffsetDateTime(),
                m.timeZone(), m.durationMinutes(), m.recurrence(), m.series(),
                open.getOrDefault(m.id(), 0L).intValue())).toList();
    }

    @Transactional(readOnly = true)
    public MeetingView get(Actor actor, String projectKey, long id) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return view(actor, project, find(project, id));
    }

    /** Whether the actor may schedule meetings and record minutes in the project. */
    @Transactional(readOnly = true)
    public boolean mayRecord(Actor actor, String projectKey) {
        return portfolio.access(actor, projectKey, Permission.VIEW_PROJECT).may(Permission.RECORD_MEETINGS);
    }

    // scheduling

    public MeetingView schedule(Actor actor, String projectKey, MeetingFields fields) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.RECORD_MEETINGS);
        MeetingKind kind = choice("kind", fields.kind(), MeetingKind.class);
        String title = text("title", fields.title(), 200, true);
        ZoneId zone = zone(actor, fields.timeZone());
        ZonedDateTime start = start(fields.start(), zone);
        int duration = duration(fields.durationMinutes());
        Recurrence recurrence = fields.recurrence() == null || fields.recurrence().isBlank() ? Recurrence.NONE
                : choice("recurrence", fields.recurrence(), Recurrence.class);
        List<Attendee> attendees = attendees(project, fields.attendees(), fields.guests());
        Meeting meeting = meetings.saveAndFlush(new Meeting(project.id(), UUID.randomUUID().toString(), kind, title,
                start, duration, recurrence, attendees, actor.username(), clock.instant()));
        meeting.writeAgenda(agenda(actor, project, meeting));
        meetings.flush();
        events.publishEvent(new MeetingEvent(project.id(), actor.username(), "meeting.scheduled", "Meeting",
                target(project, meeting), describe(meeting)));
        return view(actor, project, meeting);
    }

    /**
     * Schedules the next meeting of the series after its latest one, with the same kind, title, length and
     * attendees (less those who left the project), and writes its agenda.
     */
    public MeetingView next(Actor actor, String projectKey, long id) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.RECORD_MEETINGS);
        Meeting meeting = find(project, id);
        if (meeting.recurrence() == Recurrence.NONE) {
            throw new ConflictException(Text.of("problem.meeting.doesNotRecur", meeting.title()));
        }
        List<Meeting> series = meetings.findBySeriesOrderByStartsAtAscIdAsc(meeting.series());
        Meeting first = series.getFirst();
        Meeting latest = series.getLast();
        int n = series.size();
        ZonedDateTime start = meeting.recurrence().occurrence(first.start(), n);
        while (!start.toInstant().isAfter(latest.startsAt())) {
            start = meeting.recurrence().occurrence(first.start(), ++n);
        }
        Set<Long> members = memberIds(project);
        List<Attendee> attendees = latest.attendees().stream()
                .filter(a -> a.personId() == null || members.contains(a.personId()))
                .map(a -> a.personId() == null ? Attendee.guest(a.guestName(), a.guestEmail()) : Attendee.member(a.personId()))
                .toList();
        Meeting next = meetings.saveAndFlush(new Meeting(project.id(), latest.series(), latest.kind(), latest.title(),
                start, latest.durationMinutes(), latest.recurrence(), attendees, actor.username(), clock.instant()));
        next.writeAgenda(agenda(actor, project, next));
        meetings.flush();
        events.publishEvent(new MeetingEvent(project.id(), actor.username(), "meeting.scheduled", "Meeting",
                target(project, next), describe(next)));
        return view(actor, project, next);
    }

    /**
     * Changes a meeting's title, start, time zone, length, recurrence and attendees. {@code version} is the meeting's
     * version the organiser saw; a stale one is refused with nothing changed. The kind cannot change (the agenda is
     * written for it); the agenda, minutes, decisions and action items stay.
     */
    public MeetingView edit(Actor actor, String projectKey, long id, MeetingFields fields, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.RECORD_MEETINGS);
        Meeting meeting = find(project, id);
        StaleVersionException.check(Text.of("problem.meeting.details", meeting.title()), version, meeting.version());
        if (fields.kind() != null && !fields.kind().isBlank()
                && choice("kind", fields.kind(), MeetingKind.class) != meeting.kind()) {
            throw new InvalidInputException("kind", Text.of("problem.meeting.kindFixed"));
        }
        String title = text("title", fields.title(), 200, true);
        ZonedDateTime start = start(fields.start(), zone(actor, fields.timeZone()));
        int duration = duration(fields.durationMinutes());
        Recurrence recurrence = fields.recurrence() == null || fields.recurrence().isBlank() ? Recurrence.NONE
                : choice("recurrence", fields.recurrence(), Recurrence.class);
        List<Attendee> attendees = attendees(project, fields.attendees(), fields.guests());
        meeting.reschedule(title, start, duration, recurrence, attendees);
        meetings.flush();
        events.publishEvent(new MeetingEvent(project.id(), actor.username(), "meeting.edited", "Meeting",
                target(project, meeting), describe(meeting)));
        return view(actor, project, meeting);
    }

    // agenda and minutes

    /** Writes the agenda anew from today's data; the edited text it replaces is gone (the audit trail keeps that). */
    public MeetingView regenerateAgenda(Actor actor, String projectKey, long id, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.RECORD_MEETINGS);
        Meeting meeting = find(project, id);
        StaleVersionException.check(Text.of("problem.meeting.agenda", meeting.title()), version,
                meeting.agendaVersion());
        meeting.writeAgenda(agenda(actor, project, meeting));
        meetings.flush();
        events.publishEvent(new MeetingEvent(project.id(), actor.username(), "meeting.agenda-regenerated", "Meeting",
                target(project, meeting), "version: " + meeting.agendaVersion()));
        return view(actor, project, meeting);
    }

    public MeetingView editAgenda(Actor actor, String projectKey, long id, String agenda, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.RECORD_MEETINGS);
        Meeting meeting = find(project, id);
        String text = text("agenda", agenda, MAX_TEXT, false);
        StaleVersionException.check(Text.of("problem.meeting.agenda", meeting.title()), version,
                meeting.agendaVersion());
        if (!Objects.equals(text, meeting.agenda())) {
            int before = length(meeting.agenda());
            meeting.writeAgenda(text);
            meetings.flush();
            events.publishEvent(new MeetingEvent(project.id(), actor.username(), "meeting.agenda-edited", "Meeting",
                    target(project, meeting), "version: " + meeting.agendaVersion() + "\ncharacters: " + before + " → "
                    + length(text)));
        }
        return view(actor, project, meeting);
    }

    /**
     * Saves the minutes based on version {@code version}; when someone saved in between, nothing is written and the
     * refusal carries both texts.
     */
    public MeetingView saveMinutes(Actor actor, String projectKey, long id, String minutes, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.RECORD_MEETINGS);
        Meeting meeting = find(project, id);
        String text = text("minutes", minutes, MAX_TEXT, false);
        if (version == null) {
            throw new InvalidInputException("version", Text.of("problem.version.required"));
        }
        if (version != meeting.minutesVersion()) {
            throw new MinutesConflict(Text.of("problem.meeting.minutes", meeting.title()), meeting.minutesVersion(),
                    meeting.minutes(), text);
        }
        if (!Objects.equals(text, meeting.minutes())) {
            int before = length(meeting.minutes());
            meeting.writeMinutes(text, actor.username(), clock.instant());
            meetings.flush();
            events.publishEvent(new MeetingEvent(project.id(), actor.username(), "meeting.minutes-edited", "Meeting",
                    target(project, meeting), "version: " + meeting.minutesVersion() + "\ncharacters: " + before
                    + " → " + length(text)));
            // everyone who has the meeting open sees the new minutes
            eventStream.announce(project.id(), "meeting.minutes-edited", null, actor.username());
        }
        return view(actor, project, meeting);
    }

    // decisions and action items

    /** Records a decision, linked (optionally) to an ADR of the charter by number or a change request by code. */
    public DecisionView decide(Actor actor, String projectKey, long id, String text, Integer adr, String changeRequest) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.RECORD_MEETINGS);
        Meeting meeting = find(project, id);
        String decided = text("decision", text, 2000, true);
        if (adr != null && charters.charter(actor, project.key()).adrs().stream().noneMatch(a -> a.number() == adr)) {
            throw new InvalidInputException("adr", Text.of("problem.meeting.noAdr", project.key(), adr));
        }
        String code = null;
        if (changeRequest != null && !changeRequest.isBlank()) {
            String wanted = changeRequest.strip();
            code = changes.list(actor, project.key()).stream().map(ChangeRequestView::code)
                    .filter(c -> c.equalsIgnoreCase(wanted) || c.equalsIgnoreCase("CR-" + wanted)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("changeRequest",
                            Text.of("problem.meeting.noChangeRequest", project.key(), clip(wanted))));
        }
        Decision decision = decisions.saveAndFlush(new Decision(meeting.id(), project.id(), meeting.start().toLocalDate(),
                decided, adr, code, actor.username(), clock.instant()));
        events.publishEvent(new MeetingEvent(project.id(), actor.username(), "meeting.decision-recorded", "Meeting",
                target(project, meeting), "decision: " + decided + (adr == null ? "" : "\nADR: " + adr)
                + (code == null ? "" : "\nchange request: " + code)));
        return decisionView(decision);
    }

    /** Records an action item owned by a member of the project; the owner hears of it in their inbox. */
    public ActionView addAction(Actor actor, String projectKey, long id, String title, String owner, LocalDate due) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.RECORD_MEETINGS);
        Meeting meeting = find(project, id);
        String what = text("title", title, 255, true);
        PersonSummary person = member(project, "owner", owner);
        ActionItem action = actions.saveAndFlush(new ActionItem(meeting.id(), project.id(), meeting.series(),
                meeting.start().toLocalDate(), what, person.id(), date("due", due), actor.username(), clock.instant()));
        events.publishEvent(new MeetingEvent(project.id(), actor.username(), "meeting.action-added", "Meeting",
                target(project, meeting), "action: " + what + "\nowner: " + person.username() + "\ndue: "
                + (action.due() == null ? "–" : action.due())));
        events.publishEvent(new ActionItemAssigned(person.id(), project.key(), meeting.title(), what, action.due(),
                link(project, meeting)));
        return actionViews(actor, project, List.of(action)).getFirst();
    }

    /**
     * Changes an action item's status, owner or due date (null leaves a field as it is). A new owner must be a member;
     * they hear of it in their inbox.
     */
    public ActionView changeAction(Actor actor, String projectKey, long id, long actionId, String status, String owner,
                                   LocalDate due, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.RECORD_MEETINGS);
        Meeting meeting = find(project, id);
        ActionItem action = findAction(meeting, actionId);
        StaleVersionException.check(Text.of("problem.meeting.actionItem", actionId), version, action.version());
        List<String> changed = new ArrayList<>();
        if (status != null && !status.isBlank()) {
            ActionStatus next = choice("status", status, ActionStatus.class);
            if (next != action.status()) {
                changed.add("status: " + action.status() + " → " + next);
                action.setStatus(next);
            }
        }
        PersonSummary newOwner = null;
        if (owner != null && !owner.isBlank()) {
            PersonSummary person = member(project, "owner", owner);
            if (person.id() != action.ownerId()) {
                String before = identity.byIds(List.of(action.ownerId())).get(action.ownerId()).username();
                changed.add("owner: " + before + " → " + person.username());
                action.setOwnerId(person.id());
                newOwner = person;
            }
        }
        if (due != null && !due.equals(action.due())) {
            changed.add("due: " + (action.due() == null ? "–" : action.due()) + " → " + date("due", due));
            action.setDue(due);
        }
        if (!changed.isEmpty()) {
            actions.flush();
            events.publishEvent(new MeetingEvent(project.id(), actor.username(), "meeting.action-changed", "Meeting",
                    target(project, meeting), "action: " + action.title() + "\n" + String.join("\n", changed)));
        }
        if (newOwner != null) {
            events.publishEvent(new ActionItemAssigned(newOwner.id(), project.key(), meeting.title(), action.title(),
                    action.due(), link(project, meeting)));
        }
        return actionViews(actor, project, List.of(action)).getFirst();
    }

    /**
     * Turns an action item into a task assigned to its owner (nobody, if the owner left) and due on its date, whose
     * description links back to the meeting; once only.
     */
    public ActionView toWorkItem(Actor actor, String projectKey, long id, long actionId) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.RECORD_MEETINGS);
        Meeting meeting = find(project, id);
        ActionItem action = findAction(meeting, actionId);
        if (action.itemKey() != null) {
            throw new ConflictException(Text.of("problem.meeting.actionAlreadyItem", action.itemKey()));
        }
        if (action.status() == ActionStatus.DROPPED) {
            throw new ConflictException(Text.of("problem.meeting.actionDropped"));
        }
        PersonSummary owner = identity.byIds(List.of(action.ownerId())).get(action.ownerId());
        boolean member = portfolio.isMember(project.id(), action.ownerId());
        String description = "Action item of the meeting [" + meeting.title().replace("]", "\\]") + "]("
                + link(project, meeting) + ") on " + meeting.start().toLocalDate() + ".";
        ItemView item = workItems.create(actor, project.key(), new ItemFields("task", action.title(), description,
                null, null, null, null, member ? owner.username() : null, null, null, null, null, null, null, null,
                null, null, action.due(), Set.of()));
        action.becameItem(item.key());
        actions.flush();
        events.publishEvent(new MeetingEvent(project.id(), actor.username(), "meeting.action-item-created", "Meeting",
                target(project, meeting), "action: " + action.title() + "\nitem: " + item.key()));
        return actionViews(actor, project, List.of(action)).getFirst();
    }

    // export

    /** The minutes with the meeting's details, decisions and action items, as one Markdown document. */
    @Transactional(readOnly = true)
    public String minutesMarkdown(Actor actor, String projectKey, long id) {
        MeetingView m = get(actor, projectKey, id);
        StringBuilder md = new StringBuilder("# ").append(m.title()).append("\n\n");
        md.append("- ").append(label("meeting.export.when")).append(": ")
                .append(m.start().toLocalDateTime().toString().replace('T', ' ')).append(" (").append(m.timeZone())
                .append("), ").append(m.durationMinutes()).append(" min\n");
        md.append("- ").append(label("meeting.export.kind")).append(": ").append(label("meeting.kind." + m.kind()))
                .append("\n");
        md.append("- ").append(label("meeting.export.attendees")).append(": ")
                .append(m.attendees().stream().map(a -> a.name() + (a.guest() ? " (" + label("meeting.guest.badge") + ")" : ""))
                        .collect(Collectors.joining(", "))).append("\n\n");
        md.append("## ").append(label("meeting.minutes.title")).append("\n\n")
                .append(m.minutes() == null ? "" : m.minutes().strip() + "\n").append("\n");
        md.append("## ").append(label("meeting.decisions.title")).append("\n\n");
        for (DecisionView d : m.decisions()) {
            md.append("- ").append(d.text().replaceAll("\\R", " "));
            if (d.adr() != null) {
                md.append(" (ADR ").append(d.adr()).append(")");
            }
            if (d.changeRequest() != null) {
                md.append(" (").append(d.changeRequest()).append(")");
            }
            md.append("\n");
        }
        md.append("\n## ").append(label("meeting.actions.title")).append("\n\n");
        for (ActionView a : m.actions()) {
            md.append("- [").append(a.status() == ActionStatus.DONE ? "x" : " ").append("] ").append(a.title())
                    .append(" — ").append(a.ownerName());
            if (a.due() != null) {
                md.append(", ").append(label("meeting.agenda.due", a.due()));
            }
            if (a.item() != null) {
                md.append(", ").append(a.item());
            }
            md.append(" (").append(label("meeting.action.status." + a.status())).append(")\n");
        }
        return md.toString();
    }

    /** The same document as {@link #minutesMarkdown} as a PDF, Chinese text in an embedded CJK font. */
    @Transactional(readOnly = true)
    public byte[] minutesPdf(Actor actor, String projectKey, long id) {
        String markdown = minutesMarkdown(actor, projectKey, id);
        return minutesPdf.write(get(actor, projectKey, id).title(), markdown);
    }

    /** An iCalendar invitation; its sequence follows the meeting's version, so calendars pick up changes. */
    @Transactional(readOnly = true)
    public String invitation(Actor actor, String projectKey, long id, String baseUrl) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        Meeting meeting = find(project, id);
        Map<Long, PersonSummary> people = identity.byIds(meeting.attendees().stream().map(Attendee::personId)
                .filter(Objects::nonNull).toList());
        List<Invitation.Person> invited = meeting.attendees().stream().map(a -> a.personId() == null
                ? new Invitation.Person(a.guestName(), a.guestEmail())
                : new Invitation.Person(people.get(a.personId()).displayName(), people.get(a.personId()).email())).toList();
        Invitation.Person organizer = identity.findByUsername(meeting.createdBy())
                .map(p -> new Invitation.Person(p.displayName(), p.email())).orElse(null);
        return Invitation.write(new Invitation.Meeting("meeting-" + meeting.id() + "@" + project.key().toLowerCase(Locale.ROOT)
                + ".tandem", (int) meeting.version(), project.key() + " · " + meeting.title(), meeting.agenda(),
                baseUrl + link(project, meeting), meeting.startsAt(), meeting.durationMinutes(), organizer, invited,
                clock.instant()));
    }

    // rules

    private Meeting find(ProjectRef project, long id) {
        return meetings.findById(id).filter(m -> m.projectId() == project.id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.meeting.noMeeting", id, project.key())));
    }

    private ActionItem findAction(Meeting meeting, long actionId) {
        return actions.findById(actionId).filter(a -> a.meetingId().equals(meeting.id()))
                .orElseThrow(() -> new NotFoundException(Text.of("problem.meeting.noActionItem", actionId)));
    }

    private PersonSummary member(ProjectRef project, String field, String username) {
        PersonSummary person = identity.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new InvalidInputException(field,
                        Text.of("problem.meeting.namesNobody", clip(username))));
        if (!portfolio.isMember(project.id(), person.id())) {
            throw new InvalidInputException(field,
                    Text.of("problem.meeting.notMember", person.username(), project.key()));
        }
        return person;
    }

    private ZoneId zone(Actor actor, String zone) {
        if (zone == null || zone.isBlank()) {
            return identity.timeZone(actor).orElseGet(dates::zone);
        }
        return IdentityManagement.validZone(zone.strip());
    }

    private static ZonedDateTime start(LocalDateTime start, ZoneId zone) {
        if (start == null) {
            throw new InvalidInputException("start", Text.of("problem.meeting.startRequired"));
        }
        if (start.getYear() < 1970 || start.getYear() > 2999) {
            throw new InvalidInputException("start", Text.of("problem.meeting.yearRange"));
        }
        return start.atZone(zone);
    }

    private static int duration(Integer minutes) {
        if (minutes == null) {
            throw new InvalidInputException("durationMinutes", Text.of("problem.input.required"));
        }
        if (minutes < 5 || minutes > 24 * 60) {
            throw new InvalidInputException("durationMinutes", Text.of("problem.meeting.duration", minutes));
        }
        return minutes;
    }

    private static LocalDate date(String field, LocalDate date) {
        if (date != null && (date.getYear() < 1970 || date.getYear() > 2999)) {
            throw new InvalidInputException(field, Text.of("problem.meeting.dateRange"));
        }
        return date;
    }

    private List<Attendee> attendees(ProjectRef project, List<String> usernames, List<MeetingFields.Guest> guests) {
        List<Attendee> result = new ArrayList<>();
        List<String> names = usernames == null ? List.of() : usernames;
        if (names.size() > MAX_ATTENDEES) {
            throw new InvalidInputException("attendees", Text.of("problem.meeting.tooManyAttendees", MAX_ATTENDEES));
        }
        Set<Long> seen = new java.util.HashSet<>();
        for (String username : names) {
            if (username == null || username.isBlank()) {
                continue;
            }
            PersonSummary person = member(project, "attendees", username);
            if (seen.add(person.id())) {
                result.add(Attendee.member(person.id()));
            }
        }
        List<MeetingFields.Guest> outside = guests == null ? List.of() : guests;
        if (outside.size() > MAX_GUESTS) {
            throw new InvalidInputException("guests", Text.of("problem.meeting.tooManyGuests", MAX_GUESTS));
        }
        for (MeetingFields.Guest guest : outside) {
            if (guest == null || (blank(guest.name()) && blank(guest.email()))) {
                continue;
            }
            String name = text("guests", guest.name(), 100, true);
            String email = text("guests", guest.email(), 254, false);
            if (email != null && !EMAIL.matcher(email).matches()) {
                throw new InvalidInputException("guests", Text.of("problem.meeting.notEmail", clip(email)));
            }
            result.add(Attendee.guest(name, email));
        }
        return result;
    }

    // the agenda

    private String agenda(Actor actor, ProjectRef project, Meeting meeting) {
        AgendaComposer.Sync sync = meeting.kind() == MeetingKind.WEEKLY_SYNC ? sync(actor, project, meeting) : null;
        AgendaComposer.Portfolio alignment = meeting.kind() == MeetingKind.PMO_ALIGNMENT
                ? alignment(actor, project, meeting) : null;
        List<AgendaComposer.OpenAction> open = carriedOver(actor, project, meeting).stream()
                .map(a -> new AgendaComposer.OpenAction(a.title(), a.ownerName(), a.ownerLeft(), a.due(), a.agreedOn(),
                        a.item(), a.itemStatus())).toList();
        return new AgendaComposer(this::label).compose(sync, alignment, open);
    }

    /**
     * For the PMO alignment: every project of the meeting's portfolio (of the organisation when the project is in
     * none) that the organiser may read, each with its milestones, risks, change requests in review (the weekly sync
     * report of the meeting's week) and scorecards, gathered through the facades that check the organiser's access.
     */
    private AgendaComposer.Portfolio alignment(Actor actor, ProjectRef project, Meeting meeting) {
        String portfolioName = portfolio.project(actor, project.key()).portfolio();
        String week = SyncReports.isoWeek(meeting.start().toLocalDate());
        List<AgendaComposer.ProjectStatus> projects = new ArrayList<>();
        for (ProjectSummary p : portfolio.visibleProjects(actor)) {
            if (projects.size() >= MAX_ALIGNMENT_PROJECTS || !Objects.equals(p.portfolio(), portfolioName)
                    && portfolioName != null) {
                continue;
            }
            SyncReport report = syncReports.report(actor, p.key(), week);
            projects.add(new AgendaComposer.ProjectStatus(p.key(), p.name(),
                    report.milestones().stream().map(m -> new AgendaComposer.Milestone(m.key(), m.title(),
                            m.baselineDate(), m.forecastDate(), m.slipDays(), m.done())).toList(),
                    report.risks().stream().map(r -> new AgendaComposer.Risk(r.title(), r.score(), r.owner())).toList(),
                    report.changesInReview().stream().map(c -> new AgendaComposer.Change(c.code(), c.title(),
                            c.notVotedYet())).toList(),
                    scorecards.scorecards(actor, p.key()).stream().map(c -> new AgendaComposer.Scorecard(c.item(),
                            c.itemTitle(), plain(c.overall()))).toList()));
        }
        return new AgendaComposer.Portfolio(portfolioName, projects);
    }

    private AgendaComposer.Sync sync(Actor actor, ProjectRef project, Meeting meeting) {
        SyncReport report = syncReports.report(actor, project.key(), SyncReports.isoWeek(meeting.start().toLocalDate()));
        BufferStatus buffer = techDebt.buffer(actor, project.key());
        List<AgendaComposer.Flagged> blocked = new ArrayList<>();
        report.openBlockers().forEach(b -> blocked.add(new AgendaComposer.Flagged(b.key(), b.title(), b.reason())));
        report.newBlockers().forEach(b -> blocked.add(new AgendaComposer.Flagged(b.key(), b.title(), b.reason())));
        // the board's at-risk marks (behind the schedule's latest start or finish), then the delay-risk predictions
        Map<String, AgendaComposer.Flagged> atRisk = new java.util.LinkedHashMap<>();
        Map<String, ItemView> items = items(actor, project);
        for (String key : schedules.atRisk(actor, project.key())) {
            if (items.containsKey(key)) {
                atRisk.put(key, new AgendaComposer.Flagged(key, items.get(key).title(),
                        label("meeting.agenda.behindSchedule")));
            }
        }
        report.delayRisks().forEach(r -> atRisk.merge(r.key(), new AgendaComposer.Flagged(r.key(), r.title(),
                r.percent() + " %" + (r.reasons().isEmpty() ? "" : ": " + String.join(", ", r.reasons()))),
                (marked, predicted) -> new AgendaComposer.Flagged(r.key(), r.title(), marked.note() + "; " + predicted.note())));
        return new AgendaComposer.Sync(report.week(),
                report.milestones().stream().map(m -> new AgendaComposer.Milestone(m.key(), m.title(), m.baselineDate(),
                        m.forecastDate(), m.slipDays(), m.done())).toList(),
                List.copyOf(atRisk.values()),
                blocked,
                report.overdue().stream().map(i -> new AgendaComposer.Flagged(i.key(), i.title(),
                        label("meeting.agenda.dueOn", i.date()))).toList(),
                report.risks().stream().map(r -> new AgendaComposer.Risk(r.title(), r.score(), r.owner())).toList(),
                report.changesInReview().stream().map(c -> new AgendaComposer.Change(c.code(), c.title(), c.notVotedYet()))
                        .toList(),
                buffer.zone() == null ? null : new AgendaComposer.Buffer(buffer.zone().name(), plain(buffer.consumedPercent()),
                        plain(buffer.bufferDays())),
                report.overCapacity().stream().map(l -> new AgendaComposer.Load(l.displayName(), plain(l.plannedHours()),
                        plain(l.availableHours()))).toList());
    }

    /** The action items of earlier meetings of the series that are still open. */
    private List<ActionView> carriedOver(Actor actor, ProjectRef project, Meeting meeting) {
        Set<Long> earlier = meetings.findBySeriesOrderByStartsAtAscIdAsc(meeting.series()).stream()
                .filter(m -> m.startsAt().isBefore(meeting.startsAt())).map(Meeting::id).collect(Collectors.toSet());
        List<ActionItem> list = actions.findBySeriesAndAgreedOnLessThanEqualOrderByAgreedOnAscIdAsc(meeting.series(),
                meeting.start().toLocalDate()).stream().filter(a -> earlier.contains(a.meetingId())).toList();
        return actionViews(actor, project, list).stream().filter(a -> a.status() == ActionStatus.OPEN).toList();
    }

    // views

    private MeetingView view(Actor actor, ProjectRef project, Meeting m) {
        Set<Long> members = memberIds(project);
        Map<Long, PersonSummary> people = identity.byIds(m.attendees().stream().map(Attendee::personId)
                .filter(Objects::nonNull).toList());
        List<AttendeeView> attendees = m.attendees().stream().map(a -> a.personId() == null
                ? new AttendeeView(null, a.guestName(), a.guestEmail(), false)
                : new AttendeeView(people.get(a.personId()).username(), people.get(a.personId()).displayName(),
                people.get(a.personId()).email(), !members.contains(a.personId()))).toList();
        List<Meeting> series = meetings.findBySeriesOrderByStartsAtAscIdAsc(m.series());
        int at = series.indexOf(series.stream().filter(s -> s.id().equals(m.id())).findFirst().orElseThrow());
        return new MeetingView(m.id(), project.key(), m.kind(), m.title(), m.start().toOffsetDateTime(), m.timeZone(),
                m.durationMinutes(), m.recurrence(), m.series(), attendees, m.agenda(), m.agendaVersion(), m.minutes(),
                m.minutesVersion(), m.minutesBy(), m.minutesAt(),
                decisions.findByMeetingIdOrderByIdAsc(m.id()).stream().map(MeetingManagement::decisionView).toList(),
                actionViews(actor, project, actions.findByMeetingIdOrderByIdAsc(m.id())),
                carriedOver(actor, project, m), at > 0 ? series.get(at - 1).id() : null,
                at < series.size() - 1 ? series.get(at + 1).id() : null, m.version(), m.createdBy());
    }

    private static DecisionView decisionView(Decision d) {
        return new DecisionView(d.id(), d.decidedOn(), d.text(), d.adrNumber(), d.changeRequest(), d.createdBy(),
                d.createdAt());
    }

    private List<ActionView> actionViews(Actor actor, ProjectRef project, List<ActionItem> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> members = memberIds(project);
        Map<Long, PersonSummary> people = identity.byIds(list.stream().map(ActionItem::ownerId).distinct().toList());
        Map<String, ItemView> items = list.stream().anyMatch(a -> a.itemKey() != null) ? items(actor, project) : Map.of();
        return list.stream().map(a -> {
            ItemView item = a.itemKey() == null ? null : items.get(a.itemKey());
            PersonSummary owner = people.get(a.ownerId());
            return new ActionView(a.id(), a.meetingId(), a.agreedOn(), a.title(), owner.username(), owner.displayName(),
                    !members.contains(a.ownerId()), a.due(), status(a, items), a.itemKey(),
                    item == null ? null : item.status(), a.version());
        }).toList();
    }

    /** An open action item whose work item is done is done. */
    public static ActionStatus status(ActionItem action, Map<String, ItemView> items) {
        ItemView item = action.itemKey() == null ? null : items.get(action.itemKey());
        return action.status() == ActionStatus.OPEN && item != null && item.statusCategory() == StatusCategory.DONE
                ? ActionStatus.DONE : action.status();
    }

    private Map<String, ItemView> items(Actor actor, ProjectRef project) {
        return workItems.all(actor, project.key()).stream().collect(Collectors.toMap(ItemView::key, Function.identity()));
    }

    private Set<Long> memberIds(ProjectRef project) {
        return portfolio.membersOf(project.id()).stream().map(MemberSummary::personId).collect(Collectors.toSet());
    }

    private String label(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    static String link(ProjectRef project, Meeting meeting) {
        return "/projects/" + project.key() + "/meetings/" + meeting.id();
    }

    static String target(ProjectRef project, Meeting meeting) {
        return project.key() + " #" + meeting.id() + " " + meeting.title();
    }

    private static String describe(Meeting m) {
        return "kind: " + m.kind() + "\ntitle: " + m.title() + "\nstart: " + m.start().toLocalDateTime() + " "
                + m.timeZone() + "\nduration: " + m.durationMinutes() + " min\nrecurrence: " + m.recurrence()
                + "\nattendees: " + m.attendees().size();
    }

    private static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value != null && !value.isBlank()) {
            String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(wanted)) {
                    return e;
                }
            }
        }
        String allowed = java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new InvalidInputException(field, value == null ? Text.of("problem.input.oneOf", allowed)
                : Text.of("problem.input.oneOfNot", allowed, clip(value)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString();
    }
}
