package dev.tandem.timetracking;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.portfolio.ProjectSummary;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.timetracking.internal.WorkLog;
import dev.tandem.timetracking.internal.WorkLogs;

/**
 * Work logs: hours a project member spent on an item on a day. Logging needs {@code EDIT_ITEMS} and membership of the
 * project; changing or removing a log is for the person who logged it, or whoever has {@code EDIT_PROJECT}; a CSV
 * import (other people's hours) needs {@code EDIT_PROJECT}. Hours are quarters of an hour above zero (anything else
 * is refused, never rounded), a person logs at most 24 hours a day across all items, and never for a day after today.
 */
@Service
@Transactional
public class TimeTrackingManagement {

    static final BigDecimal MAX_HOURS_A_DAY = BigDecimal.valueOf(24);
    private static final BigDecimal QUARTERS = BigDecimal.valueOf(4);
    private static final int MAX_NOTE = 500;
    private static final int MAX_IMPORT_ROWS = 5000;
    private static final List<String> CSV_COLUMNS = List.of("person", "item", "date", "hours", "note");

    private final WorkLogs logs;
    private final WorkItemManagement workItems;
    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TimeTrackingManagement(WorkLogs logs, WorkItemManagement workItems, PortfolioManagement portfolio,
                           IdentityManagement identity, ApplicationEventPublisher events, Clock clock) {
        this.logs = logs;
        this.workItems = workItems;
        this.portfolio = portfolio;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<WorkLogView> logs(Actor actor, String projectKey, String itemKey) {
        Target target = target(actor, projectKey, itemKey, Permission.VIEW_PROJECT);
        return views(logs.findByWorkItemIdOrderByWorkDateDescIdDesc(target.item().id()));
    }

    /** Whether the actor may log hours on the project's items: a member whose role edits items. */
    @Transactional(readOnly = true)
    public boolean mayLog(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return project.may(Permission.EDIT_ITEMS) && portfolio.isMember(project.id(), actor.personId());
    }

    public WorkLogView log(Actor actor, String projectKey, String itemKey, WorkLogFields fields) {
        Target target = target(actor, projectKey, itemKey, Permission.EDIT_ITEMS);
        if (!portfolio.isMember(target.project().id(), actor.personId())) {
            throw new InvalidInputException("person", Text.of("problem.timetracking.notMemberToLog",
                    target.project().key()));
        }
        LocalDate date = date(fields.date());
        BigDecimal hours = hours(fields.hours());
        String note = note(fields.note());
        checkDay(actor.personId(), date, hours, BigDecimal.ZERO, -1);
        WorkLog log = logs.saveAndFlush(new WorkLog(target.project().id(), target.item().id(), target.item().key(),
                actor.personId(), date, hours, note, clock.instant()));
        events.publishEvent(new TimeTrackingEvent(target.project().id(), actor.username(), "worklog.logged", "WorkLog",
                target.item().key(), describe(actor.username(), log)));
        return view(log);
    }

    public WorkLogView edit(Actor actor, String projectKey, String itemKey, long id, WorkLogFields fields, Long version) {
        Target target = target(actor, projectKey, itemKey, Permission.EDIT_ITEMS);
        WorkLog log = find(target, id);
        mayChange(actor, target.project(), log);
        StaleVersionException.check(Text.of("problem.timetracking.workLog", id), version, log.version());
        LocalDate date = fields.date() == null ? log.workDate() : date(fields.date());
        BigDecimal hours = fields.hours() == null ? log.hours() : hours(fields.hours());
        String note = fields.note() == null ? log.note() : note(fields.note());
        checkDay(log.personId(), date, hours, BigDecimal.ZERO, log.id());
        List<String> changes = new ArrayList<>();
        change(changes, "date", log.workDate(), date);
        change(changes, "hours", log.hours().stripTrailingZeros().toPlainString(), hours.stripTrailingZeros().toPlainString());
        change(changes, "note", log.note(), note);
        if (!changes.isEmpty()) {
            log.setWorkDate(date);
            log.setHours(hours);
            log.setNote(note);
            logs.flush();
            events.publishEvent(new TimeTrackingEvent(target.project().id(), actor.username(), "worklog.changed",
                    "WorkLog", target.item().key(), "log: " + id + "\n" + String.join("\n", changes)));
        }
        return view(log);
    }

    public void delete(Actor actor, String projectKey, String itemKey, long id, Long version) {
        Target target = target(actor, projectKey, itemKey, Permission.EDIT_ITEMS);
        WorkLog log = find(target, id);
        mayChange(actor, target.project(), log);
        StaleVersionException.check(Text.of("problem.timetracking.workLog", id), version, log.version());
        String owner = identity.byIds(List.of(log.personId())).get(log.personId()).username();
        logs.delete(log);
        logs.flush();
        events.publishEvent(new TimeTrackingEvent(target.project().id(), actor.username(), "worklog.deleted", "WorkLog",
                target.item().key(), "log: " + id + "\n" + describe(owner, log)));
    }

    /** What a board card's "Log time" dialog needs: the item's logged total, and whether the actor may log or estimate. */
    @Transactional(readOnly = true)
    public ItemTime itemTime(Actor actor, String projectKey, String itemKey) {
        Target target = target(actor, projectKey, itemKey, Permission.VIEW_PROJECT);
        ItemView item = target.item();
        boolean mayLog = target.project().may(Permission.EDIT_ITEMS)
                && portfolio.isMember(target.project().id(), actor.personId());
        return new ItemTime(item.key(), item.title(), logs.hoursOnItem(item.id()).stripTrailingZeros(), mayLog,
                actor.username().equals(item.assignee()), item.remainingHours(), item.version());
    }

    /**
     * Logs the actor's hours and, when {@code remainingHours} is given, sets the item's remaining estimate, in one
     * transaction: a refusal of either stores neither. Without hours but with an estimate only the estimate changes.
     * The estimate goes through the item's own rules ({@code WorkItemManagement.update}), with the item's version.
     */
    public ItemTime logAndEstimate(Actor actor, String projectKey, String itemKey, WorkLogFields fields,
                                   BigDecimal remainingHours, Long itemVersion) {
        if (fields.hours() != null || remainingHours == null) {
            log(actor, projectKey, itemKey, fields);
        }
        if (remainingHours != null) {
            ItemView item = target(actor, projectKey, itemKey, Permission.EDIT_ITEMS).item();
            if (item.remainingHours() == null || item.remainingHours().compareTo(remainingHours) != 0) {
                workItems.update(actor, item.key(), new ItemFields(null, null, null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, remainingHours, null), itemVersion);
            }
        }
        return itemTime(actor, projectKey, itemKey);
    }

    /** The projects whose work logs the actor may import from CSV: those whose settings they may edit. */
    @Transactional(readOnly = true)
    public List<String> importableProjects(Actor actor) {
        return portfolio.visibleProjects(actor).stream().map(ProjectSummary::key)
                .filter(key -> portfolio.access(actor, key, Permission.VIEW_PROJECT).may(Permission.EDIT_PROJECT))
                .toList();
    }

    /**
     * Imports a CSV file whose header names the columns person (username or e-mail), item, date, hours and note (any
     * order, note optional). Every row is checked first; one bad row and nothing is stored, and the answer lists every
     * bad row by its number (the first row after the header is row 1).
     */
    public List<WorkLogView> importCsv(Actor actor, String projectKey, String csv) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_PROJECT);
        if (csv == null || csv.isBlank()) {
            throw new InvalidInputException("csv", Text.of("problem.timetracking.csvEmpty"));
        }
        List<CSVRecord> records = parse(csv);
        Map<String, PersonSummary> people = new HashMap<>();
        for (PersonSummary p : identity.list()) {
            people.put(p.username().toLowerCase(Locale.ROOT), p);
            people.put(p.email().toLowerCase(Locale.ROOT), p);
        }
        Map<String, ItemView> items = workItems.all(actor, project.key()).stream()
                .collect(Collectors.toMap(i -> i.key().toUpperCase(Locale.ROOT), i -> i));
        Map<String, Text> errors = new LinkedHashMap<>();
        Map<PersonDay, BigDecimal> added = new HashMap<>();
        List<WorkLog> accepted = new ArrayList<>();
        for (CSVRecord record : records) {
            String row = "row " + record.getRecordNumber();
            try {
                PersonSummary person = Optional.ofNullable(people.get(cell(record, "person").toLowerCase(Locale.ROOT)))
                        .orElseThrow(() -> new InvalidInputException("person", Text.of("problem.timetracking.namesNobody",
                                cell(record, "person"))));
                if (!portfolio.isMember(project.id(), person.id())) {
                    throw new InvalidInputException("person", Text.of("problem.timetracking.personNotMember", person.username(),
                            project.key()));
                }
                ItemView item = Optional.ofNullable(items.get(cell(record, "item").toUpperCase(Locale.ROOT)))
                        .orElseThrow(() -> new InvalidInputException("item", Text.of("problem.timetracking.notAnItemOf",
                                project.key(), cell(record, "item"))));
                LocalDate date = date(parseDate(cell(record, "date")));
                BigDecimal hours = hours(parseHours(cell(record, "hours")));
                String note = note(record.isMapped("note") && record.isSet("note") ? record.get("note") : null);
                PersonDay day = new PersonDay(person.id(), date);
                checkDay(person.id(), date, hours, added.getOrDefault(day, BigDecimal.ZERO), -1);
                added.merge(day, hours, BigDecimal::add);
                accepted.add(new WorkLog(project.id(), item.id(), item.key(), person.id(), date, hours, note,
                        clock.instant()));
            } catch (InvalidInputException e) {
                errors.put(row, e.text());
            }
        }
        if (!errors.isEmpty()) {
            throw new CsvRowsRejected(errors);
        }
        List<WorkLog> saved = logs.saveAllAndFlush(accepted);
        Map<Long, PersonSummary> byId = identity.byIds(saved.stream().map(WorkLog::personId).toList());
        events.publishEvent(new TimeTrackingEvent(project.id(), actor.username(), "worklog.imported", "Project",
                project.key(), saved.size() + " work logs\n" + String.join("\n", saved.stream()
                        .map(l -> l.itemKey() + " " + byId.get(l.personId()).username() + " " + l.workDate() + " "
                                + l.hours().stripTrailingZeros().toPlainString() + " h").toList())));
        return views(saved);
    }

    /** The actor's own hours in an ISO week such as {@code 2027-W02} (this week when null). */
    @Transactional(readOnly = true)
    public Timesheet timesheet(Actor actor, String week) {
        LocalDate monday = week == null || week.isBlank() ? LocalDate.now(clock).with(DayOfWeek.MONDAY) : monday(week);
        List<LocalDate> days = Stream.iterate(monday, d -> d.plusDays(1)).limit(7).toList();
        Map<String, BigDecimal[]> byItem = new TreeMap<>(TimeTrackingManagement::compareKeys);
        List<WorkLog> ofWeek = logs.findByPersonIdAndWorkDateBetweenOrderByItemKeyAscWorkDateAsc(actor.personId(), monday,
                monday.plusDays(6));
        for (WorkLog log : ofWeek) {
            BigDecimal[] hours = byItem.computeIfAbsent(log.itemKey(), k -> zeros());
            int day = (int) (log.workDate().toEpochDay() - monday.toEpochDay());
            hours[day] = hours[day].add(log.hours());
        }
        BigDecimal[] dayTotals = zeros();
        List<Timesheet.Row> rows = new ArrayList<>();
        byItem.forEach((item, hours) -> {
            for (int d = 0; d < 7; d++) {
                dayTotals[d] = dayTotals[d].add(hours[d]);
            }
            rows.add(new Timesheet.Row(item, item.substring(0, item.lastIndexOf('-')), List.of(hours),
                    Stream.of(hours).reduce(BigDecimal.ZERO, BigDecimal::add)));
        });
        return new Timesheet(actor.username(), isoWeek(monday), isoWeek(monday.minusWeeks(1)), isoWeek(monday.plusWeeks(1)),
                days, rows, List.of(dayTotals), Stream.of(dayTotals).reduce(BigDecimal.ZERO, BigDecimal::add),
                views(ofWeek.stream().sorted(java.util.Comparator.comparing(WorkLog::workDate)
                        .thenComparing(WorkLog::itemKey, TimeTrackingManagement::compareKeys)).toList()));
    }

    /** Every hour logged on the project's items, for its actual cost. */
    @Transactional(readOnly = true)
    public List<LoggedHours> loggedHours(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        List<WorkLog> list = logs.findByProjectIdOrderByWorkDateAscIdAsc(project.id());
        Map<Long, PersonSummary> people = identity.byIds(list.stream().map(WorkLog::personId).distinct().toList());
        return list.stream().map(l -> new LoggedHours(l.itemKey(), people.get(l.personId()).username(), l.workDate(),
                l.hours())).toList();
    }

    public static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The Monday of an ISO week written as {@code 2027-W02}. */
    public static LocalDate monday(String week) {
        try {
            return LocalDate.parse(week.strip().toUpperCase(Locale.ROOT) + "-1", DateTimeFormatter.ISO_WEEK_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("week", Text.of("problem.timetracking.isoWeek"));
        }
    }

    // rules

    private record Target(ProjectRef project, ItemView item) {
    }

    private record PersonDay(long personId, LocalDate day) {
    }

    private Target target(Actor actor, String projectKey, String itemKey, Permission permission) {
        ProjectRef project = portfolio.access(actor, projectKey, permission);
        ItemView item = workItems.get(actor, itemKey);
        if (!item.projectKey().equalsIgnoreCase(project.key())) {
            throw new NotFoundException(Text.of("problem.timetracking.noItemInProject", itemKey, project.key()));
        }
        return new Target(project, item);
    }

    private WorkLog find(Target target, long id) {
        return logs.findById(id).filter(l -> l.workItemId() == target.item().id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.timetracking.noWorkLog", id,
                        target.item().key())));
    }

    private static void mayChange(Actor actor, ProjectRef project, WorkLog log) {
        if (log.personId() != actor.personId() && !project.may(Permission.EDIT_PROJECT)) {
            throw new ForbiddenException(Text.of("problem.timetracking.onlyLoggerMayChange"));
        }
    }

    /** At most 24 hours a day for one person across every item, counting what this request adds. */
    private void checkDay(long personId, LocalDate date, BigDecimal hours, BigDecimal alsoAdded, long exceptLogId) {
        BigDecimal day = logs.hoursOn(personId, date, exceptLogId).add(alsoAdded);
        if (day.add(hours).compareTo(MAX_HOURS_A_DAY) > 0) {
            throw new InvalidInputException("hours", Text.of("problem.timetracking.dayOverfull",
                    day.add(hours).stripTrailingZeros().toPlainString(), date.toString(),
                    day.stripTrailingZeros().toPlainString()));
        }
    }

    private LocalDate date(LocalDate date) {
        if (date == null) {
            throw new InvalidInputException("date", Text.of("problem.input.required"));
        }
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new InvalidInputException("date", Text.of("problem.timetracking.dateAfterToday", today.toString()));
        }
        return date;
    }

    static BigDecimal hours(BigDecimal hours) {
        if (hours == null) {
            throw new InvalidInputException("hours", Text.of("problem.input.required"));
        }
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS_A_DAY) > 0) {
            throw new InvalidInputException("hours", Text.of("problem.timetracking.hoursRange"));
        }
        if (hours.multiply(QUARTERS).stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException("hours", Text.of("problem.timetracking.quarterHours"));
        }
        return hours;
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > MAX_NOTE) {
            throw new InvalidInputException("note", Text.of("problem.input.tooLong", MAX_NOTE));
        }
        return note.strip();
    }

    // CSV

    private static List<CSVRecord> parse(String csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            List<String> missing = CSV_COLUMNS.stream().filter(c -> !c.equals("note"))
                    .filter(c -> !parser.getHeaderMap().keySet().stream().anyMatch(h -> h.equalsIgnoreCase(c))).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("csv", Text.of("problem.timetracking.csvMissingColumns",
                        String.join(", ", missing), String.join(", ", CSV_COLUMNS)));
            }
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (records.size() == MAX_IMPORT_ROWS) {
                    throw new InvalidInputException("csv", Text.of("problem.timetracking.csvTooManyRows", MAX_IMPORT_ROWS));
                }
                records.add(record);
            }
            if (records.isEmpty()) {
                throw new InvalidInputException("csv", Text.of("problem.timetracking.csvNoRows"));
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("csv", Text.of("problem.timetracking.csvUnreadable", e.getMessage()));
        }
    }

    private static String cell(CSVRecord record, String column) {
        if (!record.isSet(column) || record.get(column).isBlank()) {
            throw new InvalidInputException(column, Text.of("problem.input.empty"));
        }
        return record.get(column).strip();
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", Text.of("problem.timetracking.csvDate", text));
        }
    }

    private static BigDecimal parseHours(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("hours", Text.of("problem.timetracking.csvHours", text));
        }
    }

    // views

    private WorkLogView view(WorkLog log) {
        return views(List.of(log)).getFirst();
    }

    private List<WorkLogView> views(List<WorkLog> list) {
        Map<Long, PersonSummary> people = identity.byIds(list.stream().map(WorkLog::personId).distinct().toList());
        return list.stream().map(l -> new WorkLogView(l.id(), l.itemKey(), people.get(l.personId()).username(),
                people.get(l.personId()).displayName(), l.workDate(), l.hours().stripTrailingZeros(), l.note(),
                l.version())).toList();
    }

    private static String describe(String username, WorkLog log) {
        return "person: " + username + "\ndate: " + log.workDate() + "\nhours: "
                + log.hours().stripTrailingZeros().toPlainString() + (log.note() == null ? "" : "\nnote: " + log.note());
    }

    private static void change(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + (before == null ? "(none)" : before) + " → " + (after == null ? "(none)" : after));
        }
    }

    /** Item keys by project, then by number: PAY-9 before PAY-10. */
    private static int compareKeys(String a, String b) {
        int dashA = a.lastIndexOf('-');
        int dashB = b.lastIndexOf('-');
        int byProject = a.substring(0, dashA).compareTo(b.substring(0, dashB));
        return byProject != 0 ? byProject
                : Integer.compare(Integer.parseInt(a.substring(dashA + 1)), Integer.parseInt(b.substring(dashB + 1)));
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] hours = new BigDecimal[7];
        java.util.Arrays.fill(hours, BigDecimal.ZERO);
        return hours;
    }
}
