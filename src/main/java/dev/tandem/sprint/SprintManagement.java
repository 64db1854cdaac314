package dev.tandem.sprint;

import static dev.tandem.system.Inputs.text;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.sprint.internal.Sprint;
import dev.tandem.sprint.internal.SprintChange;
import dev.tandem.sprint.internal.SprintChanges;
import dev.tandem.sprint.internal.SprintItem;
import dev.tandem.sprint.internal.SprintItems;
import dev.tandem.sprint.internal.SprintMath;
import dev.tandem.sprint.internal.Sprints;
import dev.tandem.workitem.HistoryEntry;
import dev.tandem.workitem.ItemPlanning;
import dev.tandem.workitem.WorkItemType;
import dev.tandem.workitem.ProjectWorkingDays;
import dev.tandem.workitem.RankedItem;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.StatusChange;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Scrum track of a project: the ranked backlog, sprints from planning through completion with carry-over,
 * capacity, burndown and burnup, velocity and the daily stand-up. Every change is checked against the actor's
 * project role, kept in the sprint's and the items' history and published for the audit trail. Items are read
 * and their history written through the work items' {@link ItemPlanning}; working days come from the project's
 * calendar ({@link ProjectWorkingDays}).
 */
@Service
@Transactional
public class SprintManagement {

    static final int MAX_SPRINT_DAYS = 92;
    static final int MAX_VELOCITY_SPRINTS = 20;
    static final int MAX_MOVED_ITEMS = 200;

    private final Sprints sprints;
    private final SprintItems sprintItems;
    private final SprintChanges sprintChanges;
    private final ItemPlanning items;
    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;
    private final ProjectWorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final WorkItemManagement workItems;

    SprintManagement(Sprints sprints, SprintItems sprintItems, SprintChanges sprintChanges, ItemPlanning items,
                     PortfolioManagement portfolio, IdentityManagement identity, ProjectWorkingDays workingDays,
                     ApplicationEventPublisher events, Clock clock, WorkItemManagement workItems) {
        this.sprints = sprints;
        this.sprintItems = sprintItems;
        this.sprintChanges = sprintChanges;
        this.items = items;
        this.portfolio = portfolio;
        this.identity = identity;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
        this.workItems = workItems;
    }

    // reading

    /** Items not done and in no planned or active sprint, in rank order; epics and milestones are no sprint work. */
    @Transactional(readOnly = true)
    public List<BacklogItem> backlog(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        Set<Long> planned = new HashSet<>(sprintItems.openItemIds(project.id()));
        return briefs(items.ranked(actor, project.key()).stream()
                .filter(i -> !planned.contains(i.id()) && i.plannable() && i.statusCategory() != StatusCategory.DONE)
                .toList(), Map.of());
    }

    /** The project's sprints: the active one, then the planned ones by start date, then the completed, latest first. */
    @Transactional(readOnly = true)
    public List<SprintView> sprints(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        List<Sprint> all = new ArrayList<>(sprints.findByProject(project.id()));
        all.sort(Comparator.comparing((Sprint s) -> s.state() == SprintState.ACTIVE ? 0 : s.state() == SprintState.PLANNED ? 1 : 2)
                .thenComparing((a, b) -> a.state() == SprintState.COMPLETED
                        ? b.startDate().compareTo(a.startDate()) : a.startDate().compareTo(b.startDate())));
        return views(actor, project, all);
    }

    /** The planned or active sprint the item is in, if any. */
    @Transactional(readOnly = true)
    public Optional<SprintView> openSprintOf(Actor actor, String projectKey, String itemKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        RankedItem item = items.byKey(actor, project.key(), itemKey);
        return sprintItems.findOpen(item.id()).flatMap(entry -> sprints.findById(entry.sprintId()))
                .map(sprint -> view(actor, project, sprint));
    }

    @Transactional(readOnly = true)
    public SprintView sprint(Actor actor, String projectKey, long sprintId) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return view(actor, project, find(project, sprintId));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Actor actor, String projectKey, long sprintId) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        Sprint sprint = find(project, sprintId);
        return sprintChanges.findBySprintIdOrderByChangedAtAscIdAsc(sprint.id()).stream().map(SprintChange::entry).toList();
    }

    // planning

    public SprintView plan(Actor actor, String projectKey, SprintDraft draft) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.MANAGE_SPRINTS);
        String name = text("name", draft.name(), 128, true);
        String goal = text("goal", draft.goal(), 1000, false);
        checkDates(draft.startDate(), draft.endDate());
        Sprint sprint = sprints.saveAndFlush(new Sprint(project.id(), name, goal, draft.startDate(), draft.endDate(),
                clock.instant()));
        record(actor, sprint, "state", null, SprintState.PLANNED.name());
        events.publishEvent(new SprintEvent.SprintPlanned(project.id(), actor.username(), target(project, sprint),
                "name: " + name + "\ndates: " + sprint.startDate() + " … "
                + sprint.endDate() + (goal == null ? "" : "\ngoal: " + goal)));
        return view(actor, project, sprint);
    }

    /** Renames, re-aims or re-dates a sprint that is not completed; an active sprint keeps its start date. */
    public SprintView update(Actor actor, String projectKey, long sprintId, SprintDraft draft, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.MANAGE_SPRINTS);
        Sprint sprint = findForChange(project, sprintId);
        StaleVersionException.check(describe(sprint), version, sprint.version());
        requireOpen(sprint);
        Map<String, String> before = snapshot(sprint);
        if (draft.name() != null) {
            sprint.rename(text("name", draft.name(), 128, true));
        }
        if (draft.goal() != null) {
            sprint.setGoal(text("goal", draft.goal(), 1000, false));
        }
        LocalDate start = draft.startDate() != null ? draft.startDate() : sprint.startDate();
        LocalDate end = draft.endDate() != null ? draft.endDate() : sprint.endDate();
        if (sprint.state() == SprintState.ACTIVE && !start.equals(sprint.startDate())) {
            throw new InvalidInputException("startDate", Text.of("problem.sprint.startDateFixed"));
        }
        checkDates(start, end);
        sprint.setDates(start, end);
        Map<String, String> after = snapshot(sprint);
        List<String> summary = new ArrayList<>();
        for (String field : after.keySet()) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                record(actor, sprint, field, before.get(field), after.get(field));
                summary.add(field + ": " + display(before.get(field)) + " → " + display(after.get(field)));
            }
        }
        if (!summary.isEmpty()) {
            sprints.flush();
            events.publishEvent(new SprintEvent.SprintUpdated(project.id(), actor.username(), target(project, sprint),
                    String.join("\n", summary)));
        }
        return view(actor, project, sprint);
    }

    /** Puts an unfinished item of the project into a planned or active sprint. */
    public SprintView addItem(Actor actor, String projectKey, long sprintId, String itemKey, Long itemVersion) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.MANAGE_SPRINTS);
        Sprint sprint = findForChange(project, sprintId);
        requireOpen(sprint);
        RankedItem item = items.byKey(actor, project.key(), itemKey);
        StaleVersionException.check(Text.of("problem.workitem.item", item.key()), itemVersion, item.version());
        requireSprintWork(item);
        sprintItems.findOpen(item.id()).ifPresent(open -> {
            Text where = open.sprintId().equals(sprint.id()) ? Text.of("problem.sprint.thisSprint")
                    : Text.of("problem.sprint.namedSprint", sprints.findById(open.sprintId()).map(Sprint::name).orElse("?"));
            throw new ConflictException(Text.of("problem.sprint.alreadyIn", item.key(), where));
        });
        shift(actor, project, item, null, null, sprint);
        return view(actor, project, sprint);
    }

    /** Takes an item out of a planned or active sprint; it returns to the backlog at its rank. */
    public SprintView removeItem(Actor actor, String projectKey, long sprintId, String itemKey, Long itemVersion) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.MANAGE_SPRINTS);
        Sprint sprint = findForChange(project, sprintId);
        requireOpen(sprint);
        RankedItem item = items.byKey(actor, project.key(), itemKey);
        SprintItem entry = sprintItems.findOpen(item.id()).filter(e -> e.sprintId().equals(sprint.id()))
                .orElseThrow(() -> new NotFoundException(Text.of("problem.sprint.notInSprint", item.key(), sprint.name())));
        StaleVersionException.check(Text.of("problem.workitem.item", item.key()), itemVersion, item.version());
        shift(actor, project, item, sprint, entry, null);
        return view(actor, project, sprint);
    }

    /**
     * Moves items into a planned or active sprint, or back to the backlog when {@code sprintId} is null, taking each
     * out of the sprint it is in now; an item already where it should go stays as it is. All or nothing: one refusal
     * (a stale version, a done item, an epic) leaves every item where it was. Answers each item's new version by key.
     */
    public Map<String, Long> moveItems(Actor actor, String projectKey, Long sprintId, Map<String, Long> itemVersions) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.MANAGE_SPRINTS);
        if (itemVersions.isEmpty()) {
            throw new InvalidInputException("items", Text.of("problem.sprint.noItems"));
        }
        if (itemVersions.size() > MAX_MOVED_ITEMS) {
            throw new InvalidInputException("items", Text.of("problem.sprint.tooManyItems", MAX_MOVED_ITEMS));
        }
        Sprint target = sprintId == null ? null : findForChange(project, sprintId);
        if (target != null) {
            requireOpen(target);
        }
        Map<String, Long> versions = new LinkedHashMap<>();
        for (Map.Entry<String, Long> sent : itemVersions.entrySet()) {
            RankedItem item = items.byKey(actor, project.key(), sent.getKey());
            StaleVersionException.check(Text.of("problem.workitem.item", item.key()), sent.getValue(), item.version());
            SprintItem entry = sprintItems.findOpen(item.id()).orElse(null);
            boolean there = entry == null ? target == null : target != null && entry.sprintId().equals(target.id());
            if (!there) {
                if (target != null) {
                    requireSprintWork(item);
                }
                Sprint from = entry == null ? null : sprints.findById(entry.sprintId()).orElseThrow();
                versions.put(item.key(), shift(actor, project, item, from, entry, target));
            } else {
                versions.put(item.key(), item.version());
            }
        }
        return versions;
    }

    /**
     * Moves one item into a sprint or the backlog as {@link #moveItems} does, and ranks it between two neighbours
     * (either may be null for an end of the list, both for no new rank), in one step. Answers the item's new version.
     */
    public long place(Actor actor, String projectKey, String itemKey, Long sprintId, String afterKey, String beforeKey,
                      Long itemVersion) {
        if (itemKey == null || itemKey.isBlank()) {
            throw new InvalidInputException("item", Text.of("problem.workitem.nameAnItem", projectKey));
        }
        Map<String, Long> moved = moveItems(actor, projectKey, sprintId, Collections.singletonMap(itemKey, itemVersion));
        long version = moved.values().iterator().next();
        if (afterKey == null && beforeKey == null) {
            return version;
        }
        return workItems.move(actor, itemKey, null, afterKey, beforeKey, version).version();
    }

    // lifecycle

    /** Starts a planned sprint; a project has one active sprint at most. Its story points now are the commitment. */
    public SprintView start(Actor actor, String projectKey, long sprintId, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.MANAGE_SPRINTS);
        Sprint sprint = findForChange(project, sprintId);
        StaleVersionException.check(describe(sprint), version, sprint.version());
        if (sprint.state() != SprintState.PLANNED) {
            throw new ConflictException(Text.of("problem.sprint.notPlanned", describe(sprint),
                    sprint.state().name().toLowerCase(Locale.ROOT)));
        }
        sprints.findByProjectAndState(project.id(), SprintState.ACTIVE).stream().findFirst().ifPresent(active -> {
            throw new ConflictException(Text.of("problem.sprint.anotherActive", describe(active)));
        });
        List<RankedItem> members = itemsOf(actor, project, sprintItems.findBySprint(sprint.id()));
        BigDecimal committed = SprintMath.scale(members.stream().map(RankedItem::storyPoints).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        sprint.start(clock.instant(), committed);
        sprints.flush();
        record(actor, sprint, "state", SprintState.PLANNED.name(), SprintState.ACTIVE.name());
        events.publishEvent(new SprintEvent.SprintStarted(project.id(), actor.username(), target(project, sprint),
                "state: PLANNED → ACTIVE\ncommittedPoints: "
                + committed.toPlainString() + "\nitems: " + members.size()));
        return view(actor, project, sprint);
    }

    /**
     * Completes the active sprint. Done items stay with it and count as its velocity; the others move to the
     * next planned sprint (the earliest by start date), or back to the backlog when there is none or when
     * {@code carryOver} is "backlog".
     */
    public SprintCompletion complete(Actor actor, String projectKey, long sprintId, String carryOver, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.MANAGE_SPRINTS);
        Sprint sprint = findForChange(project, sprintId);
        StaleVersionException.check(describe(sprint), version, sprint.version());
        boolean toBacklog = carryOver != null && !carryOver.isBlank() && parseCarryOver(carryOver);
        if (sprint.state() != SprintState.ACTIVE) {
            throw new ConflictException(Text.of("problem.sprint.notActive", describe(sprint),
                    sprint.state().name().toLowerCase(Locale.ROOT)));
        }
        Sprint next = toBacklog ? null : sprints.findByProjectAndState(project.id(), SprintState.PLANNED).stream()
                .filter(s -> !s.id().equals(sprint.id())).findFirst().orElse(null);
        List<SprintItem> entries = sprintItems.findBySprint(sprint.id());
        Map<Long, RankedItem> byId = itemsOf(actor, project, entries).stream()
                .collect(Collectors.toMap(RankedItem::id, Function.identity()));
        List<RankedItem> done = new ArrayList<>();
        List<RankedItem> unfinished = new ArrayList<>();
        BigDecimal completed = BigDecimal.ZERO;
        for (SprintItem entry : entries) {
            RankedItem item = byId.get(entry.workItemId());
            if (item.statusCategory() == StatusCategory.DONE) {
                entry.close(SprintItem.Outcome.DONE, null, item.storyPoints(), item.estimateHours());
                completed = completed.add(item.storyPoints() == null ? BigDecimal.ZERO : item.storyPoints());
                done.add(item);
            } else {
                entry.close(next == null ? SprintItem.Outcome.RETURNED : SprintItem.Outcome.CARRIED,
                        next == null ? null : next.id(), item.storyPoints(), item.estimateHours());
                unfinished.add(item);
            }
        }
        // the closed rows must give up their open marks before the next sprint takes the items
        sprintItems.flush();
        Instant now = clock.instant();
        for (RankedItem item : unfinished) {
            if (next != null) {
                sprintItems.save(new SprintItem(next.id(), item.id(), now));
                record(actor, next, "items", null, item.key());
            }
            items.sprintChanged(actor, project.key(), item.key(), sprint.name(), next == null ? null : next.name(), false);
        }
        sprint.complete(now, SprintMath.scale(completed));
        sprints.flush();
        sprintItems.flush();
        record(actor, sprint, "state", SprintState.ACTIVE.name(), SprintState.COMPLETED.name());
        List<String> doneKeys = keys(done);
        List<String> unfinishedKeys = keys(unfinished);
        for (String key : unfinishedKeys) {
            record(actor, sprint, next == null ? "returned" : "carriedOver", null, key);
        }
        events.publishEvent(new SprintEvent.SprintCompleted(project.id(), actor.username(), target(project, sprint),
                "state: ACTIVE → COMPLETED\ncompletedPoints: "
                + SprintMath.scale(completed).toPlainString() + "\ndone: " + list(doneKeys)
                + (next == null ? "\nback to the backlog: " : "\ncarried over to " + next.name() + ": ")
                + list(unfinishedKeys)));
        return new SprintCompletion(view(actor, project, sprint), doneKeys, next == null ? List.of() : unfinishedKeys,
                next == null ? null : next.id(), next == null ? null : next.name(),
                next == null ? unfinishedKeys : List.of());
    }

    // capacity and charts

    /**
     * The capacity in the sprint of each member who may work on items (stakeholders only when something is
     * assigned to them), against the estimates of the sprint's items assigned to them.
     */
    @Transactional(readOnly = true)
    public List<PersonCapacity> capacity(Actor actor, String projectKey, long sprintId) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        Sprint sprint = find(project, sprintId);
        List<RankedItem> sprintWork = itemsOf(actor, project, sprintItems.findBySprint(sprint.id()));
        Set<Long> personIds = new java.util.LinkedHashSet<>();
        portfolio.membersOf(project.id()).stream().filter(m -> m.role().may(Permission.EDIT_ITEMS))
                .map(MemberSummary::personId).forEach(personIds::add);
        sprintWork.stream().map(RankedItem::assigneeId).filter(Objects::nonNull).forEach(personIds::add);
        Map<Long, PersonSummary> people = identity.byIds(personIds);
        Map<Long, Set<LocalDate>> leave = identity.leaveOf(personIds, sprint.startDate(), sprint.endDate());
        Predicate<LocalDate> workingDay = workingDays.of(project.id());
        int workingDays = SprintMath.workingDays(sprint.startDate(), sprint.endDate(), workingDay).size();
        List<PersonCapacity> result = new ArrayList<>();
        for (PersonSummary p : people.values()) {
            int leaveDays = SprintMath.leaveDays(leave.getOrDefault(p.id(), Set.of()), sprint.startDate(), sprint.endDate(),
                    workingDay);
            BigDecimal capacity = SprintMath.capacityHours(p.weeklyCapacityHours(), workingDays, leaveDays);
            BigDecimal hours = BigDecimal.ZERO;
            BigDecimal points = BigDecimal.ZERO;
            for (RankedItem i : sprintWork) {
                if (Long.valueOf(p.id()).equals(i.assigneeId())) {
                    hours = hours.add(i.estimateHours() == null ? BigDecimal.ZERO : i.estimateHours());
                    points = points.add(i.storyPoints() == null ? BigDecimal.ZERO : i.storyPoints());
                }
            }
            result.add(new PersonCapacity(p.username(), p.displayName(), p.weeklyCapacityHours(), workingDays, leaveDays,
                    capacity, SprintMath.scale(hours), SprintMath.scale(points), hours.compareTo(capacity) > 0));
        }
        result.sort(Comparator.comparing(PersonCapacity::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(PersonCapacity::username));
        return result;
    }

    /**
     * Remaining and completed work per working day of the sprint, from the history of each item's status:
     * an item counts as done at the end of a day when its last status change on or before that day went into
     * a done status. Items planned before the sprint started count from its first day, items added later from
     * the day they were added (the burnup's scope line shows them). Story points, or estimated hours when no
     * item of the sprint has points.
     */
    @Transactional(readOnly = true)
    public Burndown burndown(Actor actor, String projectKey, long sprintId) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        Sprint sprint = find(project, sprintId);
        List<SprintItem> entries = sprintItems.findBySprint(sprint.id());
        Map<Long, RankedItem> byId = itemsOf(actor, project, entries).stream()
                .collect(Collectors.toMap(RankedItem::id, Function.identity()));
        boolean points = byId.values().stream().anyMatch(i -> i.storyPoints() != null && i.storyPoints().signum() > 0);
        Map<String, StatusCategory> categories = categories(actor, project);
        Map<Long, List<StatusChange>> changesById = items.statusChanges(actor, project.key(), byId.keySet()).stream()
                .collect(Collectors.groupingBy(StatusChange::itemId));
        ZoneId zone = clock.getZone();
        List<SprintMath.Track> tracks = new ArrayList<>();
        for (SprintItem entry : entries) {
            RankedItem item = byId.get(entry.workItemId());
            BigDecimal estimate = points ? item.storyPoints() : item.estimateHours();
            List<StatusChange> changes = changesById.getOrDefault(item.id(), List.of());
            boolean initiallyDone = changes.isEmpty()
                    ? item.statusCategory() == StatusCategory.DONE
                    : done(categories, changes.getFirst().from());
            List<SprintMath.Transition> transitions = changes.stream()
                    .map(c -> new SprintMath.Transition(LocalDate.ofInstant(c.at(), zone), done(categories, c.to())))
                    .toList();
            // what was planned before the sprint started is its commitment and counts from the first day
            LocalDate added = LocalDate.ofInstant(entry.addedAt(), zone);
            boolean planned = sprint.startedAt() == null || !entry.addedAt().isAfter(sprint.startedAt());
            tracks.add(new SprintMath.Track(estimate == null ? BigDecimal.ZERO : estimate,
                    planned || added.isBefore(sprint.startDate()) ? sprint.startDate() : added, initiallyDone,
                    transitions));
        }
        LocalDate lastKnown = LocalDate.now(clock);
        if (sprint.completedAt() != null && LocalDate.ofInstant(sprint.completedAt(), zone).isBefore(lastKnown)) {
            lastKnown = LocalDate.ofInstant(sprint.completedAt(), zone);
        }
        List<LocalDate> days = SprintMath.workingDays(sprint.startDate(), sprint.endDate(), workingDays.of(project.id()));
        return new Burndown(sprint.id(), sprint.name(), sprint.state(), points ? "points" : "hours", sprint.startDate(),
                sprint.endDate(), SprintMath.committed(days, tracks), SprintMath.burn(days, lastKnown, tracks));
    }

    /** Points committed and completed in each of the last {@code last} completed sprints, oldest first. */
    @Transactional(readOnly = true)
    public Velocity velocity(Actor actor, String projectKey, int last) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        if (last < 1 || last > MAX_VELOCITY_SPRINTS) {
            throw new InvalidInputException("last", Text.of("problem.input.between", "1", Integer.toString(MAX_VELOCITY_SPRINTS)));
        }
        List<Sprint> completed = new ArrayList<>(sprints.findByProjectAndState(project.id(), SprintState.COMPLETED));
        completed.sort(Comparator.comparing(Sprint::completedAt).thenComparing(Sprint::id));
        List<Sprint> recent = completed.subList(Math.max(0, completed.size() - last), completed.size());
        List<Velocity.Entry> entries = recent.stream().map(s -> new Velocity.Entry(s.id(), s.name(), s.startDate(),
                s.endDate(), s.committedPoints(), s.completedPoints())).toList();
        BigDecimal average = entries.isEmpty() ? null : SprintMath.scale(entries.stream().map(Velocity.Entry::completed)
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(entries.size()), 2,
                        java.math.RoundingMode.HALF_UP));
        return new Velocity(average, entries);
    }

    /**
     * The stand-up on {@code date} (today when null): per member, items assigned to them that went into a done
     * status since the start of the previous working day and are still done, those in progress and not blocked,
     * and those blocked.
     */
    @Transactional(readOnly = true)
    public Standup standup(Actor actor, String projectKey, LocalDate date) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        LocalDate today = LocalDate.now(clock);
        LocalDate day = date == null ? today : date;
        if (day.getYear() < 1970 || day.isAfter(today.plusDays(1))) {
            throw new InvalidInputException("date", Text.of("problem.sprint.dateUpToToday"));
        }
        LocalDate since = SprintMath.previousWorkingDay(day, workingDays.of(project.id()));
        ZoneId zone = clock.getZone();
        Map<String, StatusCategory> categories = categories(actor, project);
        Set<Long> finished = new HashSet<>();
        for (StatusChange change : items.statusChangesBetween(actor, project.key(), since.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant())) {
            if (done(categories, change.to())) {
                finished.add(change.itemId());
            }
        }
        List<RankedItem> all = items.ranked(actor, project.key());
        Map<Long, List<RankedItem>> done = new HashMap<>();
        Map<Long, List<RankedItem>> doing = new HashMap<>();
        Map<Long, List<RankedItem>> blocked = new HashMap<>();
        for (RankedItem i : all) {
            if (i.assigneeId() == null) {
                continue;
            }
            StatusCategory category = i.statusCategory();
            if (category == StatusCategory.DONE) {
                if (finished.contains(i.id())) {
                    done.computeIfAbsent(i.assigneeId(), k -> new ArrayList<>()).add(i);
                }
            } else if (i.blocked()) {
                blocked.computeIfAbsent(i.assigneeId(), k -> new ArrayList<>()).add(i);
            } else if (category == StatusCategory.IN_PROGRESS) {
                doing.computeIfAbsent(i.assigneeId(), k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> personIds = new java.util.LinkedHashSet<>();
        portfolio.membersOf(project.id()).stream().map(MemberSummary::personId).forEach(personIds::add);
        personIds.addAll(done.keySet());
        personIds.addAll(doing.keySet());
        personIds.addAll(blocked.keySet());
        Map<Long, PersonSummary> people = identity.byIds(personIds);
        List<Standup.Person> result = people.values().stream()
                .sorted(Comparator.comparing(PersonSummary::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(PersonSummary::username))
                .map(p -> new Standup.Person(p.username(), p.displayName(),
                        briefs(done.getOrDefault(p.id(), List.of()), Map.of()),
                        briefs(doing.getOrDefault(p.id(), List.of()), Map.of()),
                        briefs(blocked.getOrDefault(p.id(), List.of()), Map.of())))
                .toList();
        return new Standup(day, since, result);
    }

    // helpers

    private Sprint find(ProjectRef project, long sprintId) {
        return sprints.findById(sprintId).filter(s -> s.projectId() == project.id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.sprint.noSprint", sprintId, project.key())));
    }

    private Sprint findForChange(ProjectRef project, long sprintId) {
        return sprints.findForChange(sprintId).filter(s -> s.projectId() == project.id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.sprint.noSprint", sprintId, project.key())));
    }

    private static void requireSprintWork(RankedItem item) {
        if (!item.plannable()) {
            throw new InvalidInputException("item", item.type() == WorkItemType.EPIC
                    ? Text.of("problem.sprint.epicNotSprintWork", item.key())
                    : Text.of("problem.sprint.milestoneNotSprintWork", item.key()));
        }
        if (item.statusCategory() == StatusCategory.DONE) {
            throw new InvalidInputException("item", Text.of("problem.sprint.alreadyDone", item.key()));
        }
    }

    /**
     * Takes the item out of {@code from} (its open entry there) and puts it into {@code to}; either may be null.
     * Answers the item's new version.
     */
    private long shift(Actor actor, ProjectRef project, RankedItem item, Sprint from, SprintItem entry, Sprint to) {
        if (from != null) {
            requireOpen(from);
            sprintItems.delete(entry);
            // the removed row must give up the item's open mark before another sprint takes it
            sprintItems.flush();
            record(actor, from, "items", item.key(), null);
        }
        Instant now = clock.instant();
        if (to != null) {
            sprintItems.saveAndFlush(new SprintItem(to.id(), item.id(), now));
            record(actor, to, "items", null, item.key());
        }
        String fromName = from == null ? null : from.name();
        String toName = to == null ? null : to.name();
        long version = items.sprintChanged(actor, project.key(), item.key(), fromName, toName, true);
        events.publishEvent(new SprintEvent.ItemSprintChanged(project.id(), actor.username(), item.key(),
                "sprint: " + (fromName == null ? "∅" : fromName) + " → " + (toName == null ? "∅" : toName), to != null));
        return version;
    }

    private static void requireOpen(Sprint sprint) {
        if (!sprint.open()) {
            throw new ConflictException(Text.of("problem.sprint.completed", describe(sprint)));
        }
    }

    private static boolean parseCarryOver(String carryOver) {
        return switch (carryOver.strip().toLowerCase(Locale.ROOT)) {
            case "backlog" -> true;
            case "next", "next-sprint" -> false;
            default -> throw new InvalidInputException("carryOver", Text.of("problem.sprint.carryOver"));
        };
    }

    private static void checkDates(LocalDate start, LocalDate end) {
        if (start == null) {
            throw new InvalidInputException("startDate", Text.of("problem.sprint.dateSuchAs", "2027-01-04"));
        }
        if (end == null) {
            throw new InvalidInputException("endDate", Text.of("problem.sprint.dateSuchAs", "2027-01-15"));
        }
        if (start.getYear() < 1970 || end.getYear() > 2999) {
            throw new InvalidInputException("startDate", Text.of("problem.workitem.dateRange"));
        }
        if (end.isBefore(start)) {
            throw new InvalidInputException("endDate", Text.of("problem.sprint.endBeforeStart", start.toString()));
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_SPRINT_DAYS) {
            throw new InvalidInputException("endDate", Text.of("problem.sprint.tooManyDays", MAX_SPRINT_DAYS));
        }
    }

    /** The category of each status of the project by its name in lower case, as the history names statuses. */
    private Map<String, StatusCategory> categories(Actor actor, ProjectRef project) {
        Map<String, StatusCategory> categories = new HashMap<>();
        workItems.statuses(actor, project.key()).forEach(s -> categories.put(s.name().toLowerCase(Locale.ROOT), s.category()));
        return categories;
    }

    private static boolean done(Map<String, StatusCategory> categories, String statusName) {
        return statusName != null
                && categories.getOrDefault(statusName.toLowerCase(Locale.ROOT), StatusCategory.TODO) == StatusCategory.DONE;
    }

    /** The items of these entries, in rank order. */
    private List<RankedItem> itemsOf(Actor actor, ProjectRef project, Collection<SprintItem> entries) {
        return items.byIds(actor, project.key(), entries.stream().map(SprintItem::workItemId).toList());
    }

    private List<SprintView> views(Actor actor, ProjectRef project, List<Sprint> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Predicate<LocalDate> workingDay = workingDays.of(project.id());
        Map<Long, List<SprintItem>> entries = sprintItems.findBySprints(list.stream().map(Sprint::id).toList()).stream()
                .collect(Collectors.groupingBy(SprintItem::sprintId));
        Map<Long, RankedItem> byId = items.byIds(actor, project.key(), entries.values().stream().flatMap(List::stream)
                .map(SprintItem::workItemId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(RankedItem::id, Function.identity()));
        return list.stream().map(s -> {
            List<SprintItem> own = entries.getOrDefault(s.id(), List.of());
            Map<Long, String> outcomes = new HashMap<>();
            own.forEach(e -> {
                if (e.outcome() != null) {
                    outcomes.put(e.workItemId(), e.outcome().name());
                }
            });
            List<RankedItem> work = own.stream().map(e -> byId.get(e.workItemId()))
                    .sorted(Comparator.comparing(RankedItem::rank)).toList();
            BigDecimal points = work.stream().map(RankedItem::storyPoints).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal hours = work.stream().map(RankedItem::estimateHours).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            int done = (int) work.stream().filter(i -> i.statusCategory() == StatusCategory.DONE).count();
            return new SprintView(s.id(), project.key(), s.name(), s.goal(), s.startDate(), s.endDate(), s.state(),
                    SprintMath.workingDays(s.startDate(), s.endDate(), workingDay).size(), s.committedPoints(), s.completedPoints(),
                    s.startedAt(), s.completedAt(), s.version(), briefs(work, outcomes),
                    SprintMath.scale(points), SprintMath.scale(hours), done);
        }).toList();
    }

    private SprintView view(Actor actor, ProjectRef project, Sprint sprint) {
        return views(actor, project, List.of(sprint)).getFirst();
    }

    private static List<BacklogItem> briefs(List<RankedItem> list, Map<Long, String> outcomes) {
        return list.stream().map(i -> new BacklogItem(i.key(), i.title(), i.type().code(), i.status(), i.statusCategory(),
                i.assignee(), i.assigneeName(), i.storyPoints(), i.estimateHours(), i.blocked(), i.blockedReason(),
                i.rank(), i.version(), outcomes.get(i.id()))).toList();
    }

    private static Map<String, String> snapshot(Sprint s) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("name", s.name());
        map.put("goal", s.goal());
        map.put("startDate", s.startDate().toString());
        map.put("endDate", s.endDate().toString());
        return map;
    }

    private void record(Actor actor, Sprint sprint, String field, String oldValue, String newValue) {
        sprintChanges.save(new SprintChange(sprint.id(), actor.username(), clock.instant(), field, clip(oldValue),
                clip(newValue)));
    }

    private static String target(ProjectRef project, Sprint sprint) {
        return project.key() + " / " + sprint.name();
    }

    private static Text describe(Sprint sprint) {
        return Text.of("problem.sprint.sprint", sprint.name());
    }

    private static List<String> keys(List<RankedItem> list) {
        return list.stream().sorted(Comparator.comparing(RankedItem::rank)).map(RankedItem::key).toList();
    }

    private static String list(List<String> keys) {
        return keys.isEmpty() ? "∅" : String.join(", ", keys);
    }

    private static String clip(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 999) + "…";
    }

    private static String display(String s) {
        if (s == null) {
            return "∅";
        }
        return s.length() > 80 ? s.substring(0, 79) + "…" : s;
    }
}
