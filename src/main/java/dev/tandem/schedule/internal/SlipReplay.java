package dev.tandem.schedule.internal;

import dev.tandem.schedule.engine.Schedule;
import dev.tandem.schedule.engine.WorkingCalendar;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.DependencyType;
import dev.tandem.workitem.DependencyView;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Why a date moved: replays the recorded changes of a plan in time order and gives each the movement of the finish
 * it caused, so the contributions add up to the slip by construction (docs/adr/0009).
 * <p>
 * The plan as it stood at {@code from} is rebuilt by undoing, newest first, every recorded change after it on the
 * plan as it is now. Then, change by change: the clock first moves to the change's day (work not done by then is
 * late, and the finish moves with it; that movement goes to the item that drives the date, the one waiting for
 * today), then the change is applied (its movement goes to the change and the person who made it). The forecast
 * after the last step, at {@code to}, is the forecast Tandem shows. Each movement is counted in working days of the
 * calendar as it is at the end, so the sum telescopes to the slip exactly. The order of application matters when
 * changes interact (a later change that only matters because of an earlier one gets the movement): changes take the
 * order they happened in, lines recorded at the same instant by the same person on the same item form one change.
 * <p>
 * Pure: no framework types, no I/O; everything it needs is handed in.
 */
public final class SlipReplay {

    /** What moved a date; the display groups contributions by kind. */
    public enum Kind {
        /** The plan differed from the reference already when the replay starts (see {@link Attribution}). */
        START,
        /** An estimate, a duration or planned dates changed. */
        ESTIMATE,
        /** Work not started or not finished by the day it was planned for. */
        LATE,
        /** Late work that was blocked meanwhile. */
        BLOCKED,
        /** Items or dependencies added or removed, an item moved under another. */
        SCOPE,
        /** A step of an approved change request. */
        CHANGE_REQUEST,
        /** Holidays and make-up working days. */
        CALENDAR,
        /** Leave and a change of assignee. */
        PEOPLE,
        /** Work started or finished: early finishes are negative. */
        PROGRESS
    }

    /**
     * One recorded line. {@code field} is an item field, "dependency" (old or new value "PRED TYPE [lag]d" on the
     * successor), "item" (a whole item created, {@code fields} its values, or deleted), "calendar" ({@code item} the
     * day, {@code newValue} "working" or "holiday" and its name) or "leave" ({@code item} the username,
     * {@code newValue} the day).
     */
    public record Line(long seq, Instant at, String actor, String item, String field, String oldValue, String newValue,
                       Map<String, String> fields) {
    }

    /** An approved change request's steps ran between {@code from} and {@code to}, by {@code actor}. */
    public record ChangeRequestWindow(String code, String title, String actor, List<String> approvers, Instant from,
                                      Instant to, Map<String, Integer> predictedDays) {
    }

    /** The plan as it is now and everything about it that does not change while replaying. */
    public record Plan(List<ItemView> items, List<DependencyView> dependencies, LocalDate projectStart,
                       Set<DayOfWeek> workingWeekdays, Map<LocalDate, Boolean> calendarExceptions,
                       Map<String, Set<LocalDate>> leave, Map<String, BigDecimal> weeklyHours,
                       Map<String, StatusCategory> statusCategories) {
    }

    /** {@code target} is a milestone's key, or {@link #PROJECT} for the finish of the whole project. */
    public record Contribution(int step, Instant at, Kind kind, String item, String itemTitle, boolean itemDeleted,
                               String owner, List<String> approvers, String changeRequest, String changeRequestTitle,
                               Integer predictedDays, List<String> fields, String from, String to, String note,
                               int days, List<String> drivingPath) {
    }

    /**
     * The movement of one date from {@code startDate} (the reference: a baseline's or a snapshot's date, else the
     * forecast at {@code from}) to {@code endDate} (the forecast at {@code to}); {@code slipDays} is the sum of the
     * contributions' days. {@code addedAt} is set when the milestone did not exist at {@code from}: it then starts
     * at its first forecast. {@code zeroChanges} counts the changes that moved nothing, being off the driving path.
     */
    public record Attribution(String target, String title, LocalDate startDate, LocalDate endDate, int slipDays,
                              Instant addedAt, boolean removed, List<Contribution> contributions, int zeroChanges,
                              List<String> startPath, List<String> endPath) {
    }

    public static final String PROJECT = "*";
    private static final int MAX_PATH = 12;
    private static final Pattern LINK = Pattern.compile("(\\S+) (FS|SS|FF|SF)(?: ([+-]?\\d+)d)?");
    /** When one change touches fields of several kinds, the first of these names it. */
    private static final List<Kind> PRECEDENCE = List.of(Kind.SCOPE, Kind.ESTIMATE, Kind.PROGRESS, Kind.PEOPLE,
            Kind.BLOCKED, Kind.CALENDAR);
    private static final Set<String> IGNORED = Set.of("title", "description", "priority", "labels", "sprint",
            "majorTechnical", "blockedReason", "rank");

    private final Plan plan;
    private final WorkingCalendar finalCalendar;
    private final Map<String, PlanItem> items = new LinkedHashMap<>();
    private final Map<String, DependencyView> links = new LinkedHashMap<>();
    private final Map<LocalDate, Boolean> exceptions;
    private final Map<String, Set<LocalDate>> leave = new HashMap<>();
    private final Map<String, String> deletedTitles = new HashMap<>();
    /** Rebuilt only when a holiday or make-up day is replayed: building one fills its lookup tables. */
    private WorkingCalendar calendar;
    /** Bumped when items come or go, which can change whose parent is present: every item's view is then redone. */
    private int itemsVersion;

    private SlipReplay(Plan plan) {
        this.plan = plan;
        this.finalCalendar = calendar(plan.workingWeekdays(), plan.calendarExceptions(), plan.projectStart());
        plan.items().forEach(i -> items.put(i.key(), PlanItem.of(i)));
        plan.dependencies().forEach(d -> links.put(linkKey(d.predecessor(), d.successor()), d));
        this.exceptions = new TreeMap<>(plan.calendarExceptions());
        plan.leave().forEach((who, days) -> leave.put(who, new TreeSet<>(days)));
    }

    /**
     * Attributes the movement of each target between {@code from} and {@code to}. {@code lines} are the plan's
     * recorded changes after {@code from} (later ones are ignored past {@code to}), in the order they were recorded;
     * {@code references} the start date of each target that has one (a baseline's date, say; the others start at the
     * forecast at {@code from}). Targets are milestones' keys and {@link #PROJECT}.
     */
    public static List<Attribution> attribute(Plan plan, List<Line> lines, List<ChangeRequestWindow> windows,
                                              Instant from, Instant to, Collection<String> targets,
                                              Map<String, LocalDate> references) {
        return new SlipReplay(plan).run(lines, windows, from, to, targets, references);
    }

    private List<Attribution> run(List<Line> lines, List<ChangeRequestWindow> windows, Instant from, Instant to,
                                  Collection<String> targets, Map<String, LocalDate> references) {
        List<Line> after = lines.stream().filter(l -> l.at().isAfter(from)).toList();
        Map<Long, Instant> blockedSinceBefore = blockedSinceBefore(lines);
        for (int i = after.size() - 1; i >= 0; i--) {
            undo(after.get(i), blockedSinceBefore);
        }
        List<List<Line>> steps = group(after.stream().filter(l -> !l.at().isAfter(to)).toList());

        Map<String, Tracker> trackers = new LinkedHashMap<>();
        targets.forEach(t -> trackers.put(t, new Tracker(t)));
        LocalDate day = day(from);
        Forecast current = forecast(day);
        if (current == null) {
            throw new ConflictException(Text.of("problem.schedule.historyCycle", from.toString()));
        }
        for (Tracker t : trackers.values()) {
            t.start(current, references.get(t.target), from);
        }
        int stepNumber = 0;
        for (List<Line> step : steps) {
            Line first = step.getFirst();
            LocalDate stepDay = day(first.at());
            Forecast later = stepDay.isAfter(day) ? forecast(stepDay) : null;
            if (later != null) {
                stepNumber++;
                for (Tracker t : trackers.values()) {
                    t.timePassed(current, later, stepNumber, first.at());
                }
                current = later;
                day = stepDay;
            }
            String titleBefore = titleOf(representative(step).item());
            ItemView edited = incremental(step, current, day);
            step.forEach(this::apply);
            if (step.stream().allMatch(l -> IGNORED.contains(l.field()))) {
                continue;
            }
            Forecast next = edited != null ? reschedule(current, edited) : forecast(day);
            if (next == null) {
                continue; // an inconsistent history closed a cycle: the next computable step takes the movement
            }
            stepNumber++;
            ChangeRequestWindow window = windows.stream().filter(w -> w.actor().equals(first.actor())
                    && !first.at().isBefore(w.from()) && !first.at().isAfter(w.to())).findFirst().orElse(null);
            for (Tracker t : trackers.values()) {
                t.changed(next, stepNumber, step, titleBefore, window);
            }
            current = next;
        }
        LocalDate end = day(to);
        if (end.isAfter(day)) {
            Forecast later = forecast(end);
            stepNumber++;
            for (Tracker t : trackers.values()) {
                t.timePassed(current, later, stepNumber, to);
            }
            current = later;
        }
        Forecast last = current;
        return trackers.values().stream().map(t -> t.result(last)).toList();
    }

    // the state: undo and apply

    private void undo(Line line, Map<Long, Instant> blockedSinceBefore) {
        changing(line);
        switch (line.field()) {
            case "item" -> {
                if (line.oldValue() == null) {
                    items.remove(line.item());
                } else {
                    items.put(line.item(), PlanItem.of(line.item(), line.fields(), plan.statusCategories()));
                }
            }
            case "dependency" -> relink(line.item(), line.newValue(), line.oldValue());
            case "calendar" -> exceptions.remove(LocalDate.parse(line.item()));
            case "leave" -> leave.getOrDefault(line.item(), new TreeSet<>()).remove(LocalDate.parse(line.newValue()));
            default -> {
                PlanItem item = items.get(line.item());
                if (item != null) {
                    item.set(line.field(), line.oldValue(), plan.statusCategories());
                    if ("blocked".equals(line.field())) {
                        item.blockedSince = "true".equals(line.oldValue()) ? blockedSinceBefore.get(line.seq()) : null;
                        item.blockedBy = null;
                    }
                }
            }
        }
    }

    private void apply(Line line) {
        changing(line);
        switch (line.field()) {
            case "item" -> {
                if (line.oldValue() == null) {
                    items.put(line.item(), PlanItem.of(line.item(), line.fields(), plan.statusCategories()));
                } else {
                    PlanItem gone = items.remove(line.item());
                    deletedTitles.put(line.item(), gone == null ? line.fields().get("title") : gone.title);
                }
            }
            case "dependency" -> relink(line.item(), line.oldValue(), line.newValue());
            case "calendar" -> exceptions.put(LocalDate.parse(line.item()), line.newValue().startsWith("working"));
            case "leave" -> leave.computeIfAbsent(line.item(), k -> new TreeSet<>()).add(LocalDate.parse(line.newValue()));
            default -> {
                PlanItem item = items.get(line.item());
                if (item != null) {
                    item.set(line.field(), line.newValue(), plan.statusCategories());
                    if ("blocked".equals(line.field())) {
                        boolean blocked = "true".equals(line.newValue());
                        item.blockedSince = blocked ? line.at() : null;
                        item.blockedBy = blocked ? line.actor() : null;
                    }
                }
            }
        }
    }

    /** Drops what a line makes stale: the calendar, every item's view, or the view of the item it changes. */
    private void changing(Line line) {
        switch (line.field()) {
            case "calendar" -> calendar = null;
            case "item" -> itemsVersion++;
            default -> {
                PlanItem item = items.get(line.item());
                if (item != null) {
                    item.view = null;
                }
            }
        }
    }

    /** Removes the link described by {@code remove} and adds the one described by {@code add} (either may be null). */
    private void relink(String successor, String remove, String add) {
        if (remove != null) {
            var m = LINK.matcher(remove);
            if (m.matches()) {
                links.remove(linkKey(m.group(1), successor));
            }
        }
        if (add != null) {
            var m = LINK.matcher(add);
            if (m.matches()) {
                int lag = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
                links.put(linkKey(m.group(1), successor), new DependencyView(0, m.group(1), null, successor, null,
                        DependencyType.valueOf(m.group(2)), lag));
            }
        }
    }

    /** For each line that unblocks an item, when the block it lifts began (null when that is not recorded). */
    private static Map<Long, Instant> blockedSinceBefore(List<Line> lines) {
        Map<String, Instant> since = new HashMap<>();
        Map<Long, Instant> result = new HashMap<>();
        for (Line l : lines) {
            if ("blocked".equals(l.field())) {
                if ("true".equals(l.oldValue())) {
                    result.put(l.seq(), since.get(l.item()));
                }
                since.put(l.item(), "true".equals(l.newValue()) ? l.at() : null);
            }
        }
        return result;
    }

    /**
     * Lines recorded at the same instant by the same person on the same item (or day, or person) are one change; so
     * are an item's creation or deletion and the links made or removed with it, whichever end they are recorded on.
     */
    private static List<List<Line>> group(List<Line> lines) {
        Set<String> wholeItems = new HashSet<>();
        lines.stream().filter(l -> "item".equals(l.field())).forEach(l -> wholeItems.add(l.at() + " " + l.actor() + " " + l.item()));
        List<List<Line>> steps = new ArrayList<>();
        String lastSubject = null;
        for (Line l : lines) {
            String subject = l.at() + " " + l.actor() + " " + subject(l, wholeItems) + " " + kindOfLine(l);
            if (subject.equals(lastSubject)) {
                steps.getLast().add(l);
            } else {
                steps.add(new ArrayList<>(List.of(l)));
            }
            lastSubject = subject;
        }
        return steps;
    }

    private static String subject(Line line, Set<String> wholeItems) {
        if ("dependency".equals(line.field())) {
            var m = LINK.matcher(line.newValue() != null ? line.newValue() : line.oldValue());
            if (m.matches() && wholeItems.contains(line.at() + " " + line.actor() + " " + m.group(1))) {
                return m.group(1);
            }
        }
        return line.item();
    }

    /** The line that names a change: an item's creation or deletion when the change has one, else its first line. */
    private static Line representative(List<Line> step) {
        return step.stream().filter(l -> "item".equals(l.field())).findFirst().orElse(step.getFirst());
    }

    // forecasting

    private record Forecast(LocalDate day, Schedule schedule, Map<String, LocalDate> dates, Set<String> keys,
                            Set<String> summaries, double daysPerPoint) {

        /** The chain of items that sets the target's date, first driver first. */
        List<String> path(String target) {
            if (!keys.contains(target) && !PROJECT.equals(target)) {
                return List.of();
            }
            String end = PROJECT.equals(target) ? latest() : target;
            return end == null ? List.of() : schedule.drivingChain(end);
        }

        private String latest() {
            String latest = null;
            int finish = -1;
            for (var a : schedule.activities()) {
                if (!a.summary() && a.earlyFinish() > finish) {
                    finish = a.earlyFinish();
                    latest = a.id();
                }
            }
            return latest;
        }
    }

    /** The forecast as of {@code today}, or null when the links form a cycle (only an inconsistent history does). */
    private Forecast forecast(LocalDate today) {
        if (calendar == null) {
            calendar = calendar(plan.workingWeekdays(), exceptions, plan.projectStart());
        }
        List<ItemView> views = new ArrayList<>(items.size());
        for (PlanItem item : items.values()) {
            views.add(item.view(items.keySet(), itemsVersion));
        }
        List<DependencyView> current = links.values().stream()
                .filter(d -> items.containsKey(d.predecessor()) && items.containsKey(d.successor())).toList();
        NetworkAssembler.Planned planned;
        try {
            planned = NetworkAssembler.plan(views, current, calendar, plan.weeklyHours(), today, leave);
        } catch (IllegalArgumentException cycle) {
            return null;
        }
        return forecast(today, planned.schedule(), planned.assembled().summaries(),
                NetworkAssembler.daysPerPoint(views, calendar));
    }

    private Forecast forecast(LocalDate today, Schedule schedule, Set<String> summaries, double daysPerPoint) {
        Map<String, LocalDate> dates = new HashMap<>();
        for (PlanItem item : items.values()) {
            if ("milestone".equals(item.type) && !summaries.contains(item.key)) {
                dates.put(item.key, calendar.dateOf(Math.max(0, schedule.activity(item.key).earlyStart() - 1)));
            }
        }
        if (!items.isEmpty()) {
            dates.put(PROJECT, calendar.finishDate(0, schedule.projectFinish()));
        }
        return new Forecast(today, schedule, dates, Set.copyOf(items.keySet()), summaries, daysPerPoint);
    }

    /** Fields whose change touches the edited item's own activity only (no links, no other item's duration). */
    private static final Set<String> OWN_ACTIVITY = Set.of("mostLikelyDays", "optimisticDays", "pessimisticDays",
            "estimateHours", "remainingHours", "plannedStart", "plannedFinish", "dueDate", "status", "actualStart", "actualFinish",
            "blocked", "blockedReason", "assignee", "title", "description", "priority", "labels", "sprint",
            "majorTechnical");

    /**
     * The edited item's view before the step when the step can be rescheduled incrementally from {@code current}:
     * it changes one leaf item's own activity, the item does not set the project's days per story point, and nobody's
     * leave lengthens anything (it depends on the dates). Null when the whole plan must be scheduled again.
     */
    private ItemView incremental(List<Line> step, Forecast current, LocalDate day) {
        String key = step.getFirst().item();
        PlanItem item = items.get(key);
        boolean eligible = current != null && current.day().equals(day) && item != null
                && !current.summaries().contains(key) && current.keys().contains(key)
                && leave.values().stream().allMatch(Set::isEmpty)
                && step.stream().allMatch(l -> l.item().equals(key) && OWN_ACTIVITY.contains(l.field()));
        if (!eligible) {
            return null;
        }
        ItemView view = item.view(items.keySet(), itemsVersion);
        return setsPointRate(view) ? null : view;
    }

    /** The schedule after one item's own activity changed, recomputing only what the change reaches. */
    private Forecast reschedule(Forecast current, ItemView before) {
        PlanItem item = items.get(before.key());
        ItemView after = item.view(items.keySet(), itemsVersion);
        if (setsPointRate(after) || !Objects.equals(before.type(), after.type())) {
            return forecast(current.day());
        }
        var was = NetworkAssembler.activity(before, false, calendar, plan.weeklyHours(), current.day(),
                current.daysPerPoint(), 0);
        var now = NetworkAssembler.activity(after, false, calendar, plan.weeklyHours(), current.day(),
                current.daysPerPoint(), 0);
        Schedule schedule = current.schedule().reschedule(after.key(), now.duration());
        if (!Objects.equals(was.startNoEarlierThan(), now.startNoEarlierThan())) {
            schedule = schedule.rescheduleStartNoEarlierThan(after.key(), optional(now.startNoEarlierThan()));
        }
        if (!Objects.equals(was.finishNoLaterThan(), now.finishNoLaterThan())) {
            schedule = schedule.rescheduleFinishNoLaterThan(after.key(), optional(now.finishNoLaterThan()));
        }
        return forecast(current.day(), schedule, current.summaries(), current.daysPerPoint());
    }

    /**
     * Whether the item counts in the project's days per story point (points and days both estimated): changing it
     * changes the duration of every item estimated in points, so the whole plan is scheduled again.
     */
    private static boolean setsPointRate(ItemView item) {
        return item.storyPoints() != null && item.storyPoints().signum() > 0 && (item.mostLikelyDays() != null
                || item.plannedStart() != null && item.plannedFinish() != null);
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static WorkingCalendar calendar(Set<DayOfWeek> weekdays, Map<LocalDate, Boolean> exceptions, LocalDate start) {
        return WorkingCalendar.startingOn(start).workingWeekdays(weekdays)
                .holidays(exceptions.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList())
                .makeUpWorkingDays(exceptions.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList())
                .build();
    }

    private int workingDays(LocalDate from, LocalDate to) {
        return finalCalendar.finishIndexOf(to) - finalCalendar.finishIndexOf(from);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    // attribution per target

    /** An item's title just before a change, for a change that deletes it. */
    private String titleOf(String key) {
        PlanItem item = items.get(key);
        return item == null ? null : item.title;
    }

    private final class Tracker {
        final String target;
        String title;
        LocalDate startDate;
        LocalDate date;
        Instant addedAt;
        List<String> startPath = List.of();
        int zero;
        final List<Contribution> contributions = new ArrayList<>();

        Tracker(String target) {
            this.target = target;
        }

        void start(Forecast forecast, LocalDate reference, Instant from) {
            date = forecast.dates().get(target);
            startPath = abbreviate(forecast.path(target));
            if (date == null) {
                return;
            }
            startDate = reference != null ? reference : date;
            if (!startDate.equals(date)) {
                contributions.add(new Contribution(0, from, Kind.START, null, null, false, null, List.of(), null, null,
                        null, List.of(), startDate.toString(), date.toString(), null, workingDays(startDate, date),
                        startPath));
            }
        }

        void timePassed(Forecast before, Forecast after, int step, Instant at) {
            LocalDate next = after.dates().get(target);
            if (date == null || next == null || next.equals(date)) {
                date = date == null ? null : next;
                return;
            }
            List<String> path = after.path(target);
            String head = path.stream().filter(items::containsKey).findFirst().orElse(null);
            PlanItem driver = head == null ? null : items.get(head);
            boolean blocked = driver != null && driver.blocked;
            String note = driver == null ? null : blocked ? driver.blockedReason
                    : driver.category == StatusCategory.TODO ? "not started" : "not finished";
            String owner = driver == null ? null : blocked && driver.blockedBy != null ? driver.blockedBy : driver.assignee;
            contributions.add(new Contribution(step, at, blocked ? Kind.BLOCKED : Kind.LATE, head,
                    driver == null ? null : driver.title, false, owner, List.of(), null, null, null, List.of(),
                    before.day().toString(), after.day().toString(), note, workingDays(date, next), abbreviate(path)));
            date = next;
        }

        void changed(Forecast after, int step, List<Line> lines, String titleBefore, ChangeRequestWindow window) {
            LocalDate next = after.dates().get(target);
            Line first = representative(lines);
            if (date == null) {
                if (next != null) {
                    // the milestone comes into being: it starts at its first forecast
                    date = next;
                    startDate = next;
                    addedAt = first.at();
                    title = items.containsKey(target) ? items.get(target).title : null;
                    startPath = abbreviate(after.path(target));
                }
                return;
            }
            if (next == null) {
                return;
            }
            int days = workingDays(date, next);
            if (days == 0) {
                zero++;
                date = next;
                return;
            }
            PlanItem item = items.get(first.item());
            boolean deleted = "item".equals(first.field()) && first.newValue() == null;
            String itemTitle = item != null ? item.title : deleted ? deletedTitles.get(first.item()) : titleBefore;
            Kind kind = window != null ? Kind.CHANGE_REQUEST
                    : lines.stream().map(SlipReplay::kindOfLine).min(Comparator.comparingInt(PRECEDENCE::indexOf))
                    .orElseThrow();
            List<String> fields = lines.stream().map(Line::field).distinct().toList();
            String fromValue = lines.size() == 1 ? describe(first, true) : null;
            String toValue = lines.size() == 1 ? describe(first, false) : null;
            contributions.add(new Contribution(step, first.at(), kind, first.item(), itemTitle, item == null
                    && !"calendar".equals(first.field()) && !"leave".equals(first.field()), first.actor(),
                    window == null ? List.of() : window.approvers(), window == null ? null : window.code(),
                    window == null ? null : window.title(), window == null ? null : window.predictedDays().get(target), fields,
                    fromValue, toValue, null, days, abbreviate(after.path(target))));
            date = next;
        }

        Attribution result(Forecast last) {
            if (title == null) {
                PlanItem item = items.get(target);
                title = item != null ? item.title : deletedTitles.get(target);
            }
            boolean removed = !PROJECT.equals(target) && !items.containsKey(target);
            int slip = contributions.stream().mapToInt(Contribution::days).sum();
            return new Attribution(target, title, startDate, removed ? null : date, slip, addedAt, removed,
                    List.copyOf(contributions), zero, startPath, abbreviate(last.path(target)));
        }
    }

    private static String describe(Line line, boolean old) {
        if ("item".equals(line.field())) {
            return null;
        }
        return old ? line.oldValue() : line.newValue();
    }

    /** Long chains keep their first and last links: the driver and what it drives. */
    private static List<String> abbreviate(List<String> path) {
        if (path.size() <= MAX_PATH) {
            return List.copyOf(path);
        }
        List<String> shortened = new ArrayList<>(path.subList(0, MAX_PATH / 2));
        shortened.add("…");
        shortened.addAll(path.subList(path.size() - MAX_PATH / 2 + 1, path.size()));
        return shortened;
    }

    static Kind kindOfLine(Line line) {
        return switch (line.field()) {
            case "item", "dependency", "parent", "type" -> Kind.SCOPE;
            case "storyPoints", "estimateHours", "remainingHours", "optimisticDays", "mostLikelyDays", "pessimisticDays",
                 "plannedStart", "plannedFinish", "dueDate" -> Kind.ESTIMATE;
            case "status", "actualStart", "actualFinish" -> Kind.PROGRESS;
            case "calendar" -> Kind.CALENDAR;
            case "assignee", "leave" -> Kind.PEOPLE;
            case "blocked" -> Kind.BLOCKED;
            default -> Kind.PROGRESS;
        };
    }

    private static String linkKey(String predecessor, String successor) {
        return predecessor + ">" + successor;
    }

    /** One item as the replay changes it: the fields that place it in the schedule, and its title. */
    private static final class PlanItem {
        String key;
        String type;
        String title;
        String parent;
        String status;
        StatusCategory category;
        boolean blocked;
        String blockedReason;
        Instant blockedSince;
        String blockedBy;
        String assignee;
        BigDecimal storyPoints;
        BigDecimal estimateHours;
        BigDecimal optimisticDays;
        BigDecimal mostLikelyDays;
        BigDecimal pessimisticDays;
        BigDecimal remainingHours;
        LocalDate plannedStart;
        LocalDate plannedFinish;
        LocalDate dueDate;
        LocalDate actualStart;
        LocalDate actualFinish;

        static PlanItem of(ItemView v) {
            PlanItem i = new PlanItem();
            i.key = v.key();
            i.type = v.type();
            i.title = v.title();
            i.parent = v.parent();
            i.status = v.status();
            i.category = v.statusCategory();
            i.blocked = v.blocked();
            i.blockedReason = v.blockedReason();
            i.blockedSince = v.blockedSince();
            i.assignee = v.assignee();
            i.storyPoints = v.storyPoints();
            i.estimateHours = v.estimateHours();
            i.optimisticDays = v.optimisticDays();
            i.mostLikelyDays = v.mostLikelyDays();
            i.pessimisticDays = v.pessimisticDays();
            i.remainingHours = v.remainingHours();
            i.plannedStart = v.plannedStart();
            i.plannedFinish = v.plannedFinish();
            i.dueDate = v.dueDate();
            i.actualStart = v.actualStart();
            i.actualFinish = v.actualFinish();
            return i;
        }

        static PlanItem of(String key, Map<String, String> fields, Map<String, StatusCategory> categories) {
            PlanItem i = new PlanItem();
            i.key = key;
            i.type = "task";
            i.category = StatusCategory.TODO;
            fields.forEach((field, value) -> i.set(field, value, categories));
            return i;
        }

        void set(String field, String value, Map<String, StatusCategory> categories) {
            switch (field) {
                case "type" -> type = value;
                case "title" -> title = value;
                case "parent" -> parent = value;
                case "status" -> {
                    status = value;
                    category = categories.getOrDefault(value, StatusCategory.TODO);
                }
                case "blocked" -> blocked = "true".equals(value);
                case "blockedReason" -> blockedReason = value;
                case "assignee" -> assignee = value;
                case "storyPoints" -> storyPoints = number(value);
                case "estimateHours" -> estimateHours = number(value);
                case "optimisticDays" -> optimisticDays = number(value);
                case "mostLikelyDays" -> mostLikelyDays = number(value);
                case "pessimisticDays" -> pessimisticDays = number(value);
                case "remainingHours" -> remainingHours = number(value);
                case "plannedStart" -> plannedStart = date(value);
                case "plannedFinish" -> plannedFinish = date(value);
                case "dueDate" -> dueDate = date(value);
                case "actualStart" -> actualStart = date(value);
                case "actualFinish" -> actualFinish = date(value);
                default -> {
                    // fields that never move a date
                }
            }
        }

        ItemView view;
        int viewVersion;

        /** The item as the assembler reads it, made again only after it or the set of items changed. */
        ItemView view(Set<String> present, int itemsVersion) {
            if (view == null || viewVersion != itemsVersion) {
                String parentKey = parent != null && present.contains(parent) ? parent : null;
                view = new ItemView(0, key, null, type, title, null, status, category, blocked, blockedReason,
                        blocked ? blockedSince : null, null, assignee, null, null, parentKey, Set.of(), storyPoints,
                        estimateHours, optimisticDays, mostLikelyDays, pessimisticDays, plannedStart, plannedFinish,
                        dueDate, actualStart, actualFinish, 0, null, null, false, remainingHours);
                viewVersion = itemsVersion;
            }
            return view;
        }

        private static BigDecimal number(String value) {
            return value == null || value.isBlank() ? null : new BigDecimal(value);
        }

        private static LocalDate date(String value) {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        }
    }
}
