package dev.tandem.workitem;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectCreated;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.system.ProjectCounters;
import dev.tandem.workitem.internal.BoardSettings;
import dev.tandem.workitem.internal.Boards;
import dev.tandem.workitem.internal.Comment;
import dev.tandem.workitem.internal.Comments;
import dev.tandem.workitem.internal.Dependencies;
import dev.tandem.workitem.internal.Dependency;
import dev.tandem.workitem.internal.ItemQuery;
import dev.tandem.workitem.internal.Rank;
import dev.tandem.workitem.internal.RemovedItems;
import dev.tandem.workitem.internal.WorkItem;
import dev.tandem.workitem.internal.WorkItemChange;
import dev.tandem.workitem.internal.WorkItemChanges;
import dev.tandem.workitem.internal.WorkItems;
import dev.tandem.workitem.internal.WorkflowStatus;
import dev.tandem.workitem.internal.WorkflowStatuses;
import dev.tandem.workitem.rules.ItemEditRules;
import dev.tandem.workitem.rules.WipRule;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to read and change work items, their dependencies and comments. Every change is checked
 * against the actor's project role, recorded in the item's history and published for the audit trail.
 */
@Service
@Transactional
public class WorkItemManagement {

    static final int MAX_PAGE_SIZE = 200;

    private final WorkItems items;
    private final WorkflowStatuses statuses;
    private final Dependencies dependencies;
    private final Comments comments;
    private final WorkItemChanges changes;
    private final ProjectCounters counters;
    private final Boards boards;
    private final RemovedItems removedItems;
    private final List<ChangeControl> changeControl;
    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkItemManagement(WorkItems items, WorkflowStatuses statuses, Dependencies dependencies, Comments comments,
                       WorkItemChanges changes, ProjectCounters counters, Boards boards, RemovedItems removedItems,
                       List<ChangeControl> changeControl, PortfolioManagement portfolio,
                       IdentityManagement identity, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.statuses = statuses;
        this.dependencies = dependencies;
        this.comments = comments;
        this.changes = changes;
        this.counters = counters;
        this.boards = boards;
        this.removedItems = removedItems;
        this.changeControl = changeControl;
        this.portfolio = portfolio;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    /** Every new project gets the default workflow. */
    @EventListener
    public void on(ProjectCreated event) {
        boards.save(new BoardSettings(event.projectId()));
        int position = 0;
        for (var s : List.of(Map.entry("Backlog", StatusCategory.TODO), Map.entry("To do", StatusCategory.TODO),
                Map.entry("In progress", StatusCategory.IN_PROGRESS), Map.entry("In review", StatusCategory.IN_PROGRESS),
                Map.entry("Done", StatusCategory.DONE))) {
            statuses.save(new WorkflowStatus(event.projectId(), s.getKey(), s.getValue(), position++));
        }
    }

    @Transactional(readOnly = true)
    public List<StatusView> statuses(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return statuses.findByProjectIdOrderByPosition(project.id()).stream().map(WorkflowStatus::view).toList();
    }

    public ItemView create(Actor actor, String projectKey, ItemFields fields) {
        return create(actor, projectKey, fields, Mandate.ROLE);
    }

    /**
     * Why an edit may be made: the actor's own project role, or a change request the review board approved, whose
     * approval is the permission (the approver needs only to see the project) and lifts change control.
     */
    enum Mandate {
        ROLE, APPROVED_CHANGE;

        Permission or(Permission permission) {
            return this == APPROVED_CHANGE ? Permission.VIEW_PROJECT : permission;
        }
    }

    /** The edits of a change request the review board approved, made under the name of the approver whose vote decided. */
    public ApprovedChange approvedChange(Actor approver, String projectKey) {
        return new ApprovedChange(this, approver, portfolio.access(approver, projectKey, Permission.VIEW_PROJECT).key());
    }

    ItemView create(Actor actor, String projectKey, ItemFields fields, Mandate mandate) {
        ProjectRef project = portfolio.access(actor, projectKey, mandate.or(Permission.EDIT_ITEMS));
        List<WorkflowStatus> workflow = statuses.findByProjectIdOrderByPosition(project.id());
        if (fields.title() == null) {
            throw new InvalidInputException("title", Text.of("problem.input.empty"));
        }
        int number = counters.next(project.id(), "item");
        // The key counter's row lock is held from here on, so no concurrent creation takes the same rank.
        var item = new WorkItem(project.id(), number, project.key() + "-" + number, Rank.after(items.maxRank(project.id())),
                WorkItemType.parse(fields.type()), workflow.getFirst().id(), actor.personId(), clock.instant());
        applyFields(project, item, fields, workflow);
        items.save(item);
        changes.save(new WorkItemChange(item, actor.username(), clock.instant(), ProjectChange.ITEM, null,
                ProjectChange.encode(snapshot(item, workflow))));
        ItemView view = view(item);
        events.publishEvent(new WorkItemEvent.ItemCreated(project.id(), actor.username(), item.key(),
                "type: " + view.type() + "\ntitle: " + view.title() + "\nstatus: " + view.status()));
        return view;
    }

    /**
     * The keys, among those given, of items that exist and that the reader may see; the others are left out, without
     * an exception (for text that mentions keys, such as wiki pages).
     */
    @Transactional(readOnly = true)
    public Set<String> visibleKeys(Actor actor, Collection<String> keys) {
        Set<String> projects = portfolio.visibleProjects(actor).stream().map(p -> p.key().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Set<String> visible = new LinkedHashSet<>();
        for (String key : keys) {
            int dash = key.lastIndexOf('-');
            if (dash > 0 && projects.contains(key.substring(0, dash).toUpperCase(Locale.ROOT))) {
                items.findByKeyIgnoreCase(key).ifPresent(i -> visible.add(key));
            }
        }
        return visible;
    }

    /**
     * The unfinished, planned work the given people have in projects other than {@code projectKey}, finishing on or
     * after {@code from}: the load a planner of that project must leave them room for. It answers dates and hours,
     * not items, so the reader needs only {@code VIEW_PROJECT} on {@code projectKey}.
     */
    @Transactional(readOnly = true)
    public List<BookedWork> bookedElsewhere(Actor actor, String projectKey, Collection<String> usernames, LocalDate from) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        Map<Long, String> people = new HashMap<>();
        for (String username : usernames) {
            identity.findByUsername(username).ifPresent(p -> people.put(p.id(), p.username()));
        }
        if (people.isEmpty()) {
            return List.of();
        }
        return items.findBookedElsewhere(people.keySet(), project.id(), from).stream()
                .map(i -> new BookedWork(people.get(i.assigneeId()), i.plannedStart(), i.plannedFinish(),
                        i.remainingHours() != null ? i.remainingHours() : i.estimateHours()))
                .toList();
    }

    @Transactional(readOnly = true)
    public ItemView get(Actor actor, String itemKey) {
        WorkItem item = find(actor, itemKey, Permission.VIEW_PROJECT).item();
        return view(item);
    }

    public ItemView update(Actor actor, String itemKey, ItemFields fields, Long version) {
        return update(actor, itemKey, fields, version, Mandate.ROLE);
    }

    ItemView update(Actor actor, String itemKey, ItemFields fields, Long version, Mandate mandate) {
        Access access = find(actor, itemKey, mandate.or(Permission.EDIT_ITEMS));
        WorkItem item = access.item();
        StaleVersionException.check(Text.of("problem.workitem.item", item.key()), version, item.version());
        List<WorkflowStatus> workflow = statuses.findByProjectIdOrderByPosition(item.projectId());
        Map<String, String> before = snapshot(item, workflow);
        applyFields(access.project(), item, fields, workflow);
        Map<String, String> after = snapshot(item, workflow);
        if (mandate == Mandate.ROLE) {
            guardMajorTechnical(item, before, after);
        }
        recordChanges(actor, item, before, after);
        return view(item);
    }

    /** After the baseline, an architecture-level item's scope and dates change only through an approved change request. */
    private void guardMajorTechnical(WorkItem item, Map<String, String> before, Map<String, String> after) {
        if (!item.majorTechnical()) {
            return;
        }
        List<String> touched = ItemEditRules.scopeAndDatesTouched(before, after);
        if (!touched.isEmpty() && underChangeControl(item)) {
            throw new ConflictException(Text.of("problem.workitem.majorTechnicalFields", item.key(),
                    String.join(", ", touched)));
        }
    }

    /** Whether the item is architecture-level and its project baselined, so it changes only through change requests. */
    private boolean underChangeControl(WorkItem item) {
        return item.majorTechnical() && changeControl.stream().anyMatch(c -> c.requiresChangeRequest(item.projectId()));
    }

    /**
     * Marks an item as architecture-level (or not), so that after the baseline its scope and dates need a change
     * request; after the baseline the mark itself comes off only through one, or it would open a way around it.
     */
    public ItemView markMajorTechnical(Actor actor, String itemKey, boolean major, Long version) {
        Access access = find(actor, itemKey, Permission.EDIT_ITEMS);
        WorkItem item = access.item();
        StaleVersionException.check(Text.of("problem.workitem.item", item.key()), version, item.version());
        if (!major && underChangeControl(item)) {
            throw new ConflictException(Text.of("problem.workitem.majorTechnicalUnmark", item.key()));
        }
        if (item.majorTechnical() != major) {
            item.setMajorTechnical(major);
            changes.save(new WorkItemChange(item, actor.username(), clock.instant(), "majorTechnical",
                    Boolean.toString(!major), Boolean.toString(major)));
            item.touched(clock.instant());
            items.flush();
            events.publishEvent(new WorkItemEvent.ItemUpdated(item.projectId(), actor.username(), item.key(),
                    "majorTechnical: " + !major + " → " + major));
        }
        return view(item);
    }

    /**
     * Writes what a deleted item was into the history, which outlives it: one line per link it takes with it (on the
     * successor, as when a link is removed) and one line with its fields, so a replay of the plan can bring it back.
     */
    private void recordRemoval(Actor actor, WorkItem item) {
        Instant now = clock.instant();
        List<Dependency> links = Stream.concat(dependencies.findByPredecessorId(item.id()).stream(),
                dependencies.findBySuccessorId(item.id()).stream()).toList();
        Map<Long, WorkItem> ends = items.findAllById(links.stream()
                .flatMap(d -> Stream.of(d.predecessorId(), d.successorId())).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(WorkItem::id, Function.identity()));
        for (Dependency d : links) {
            changes.save(new WorkItemChange(ends.get(d.successorId()), actor.username(), now, "dependency",
                    ends.get(d.predecessorId()).key() + " " + d.type() + lagText(d.lagDays()), null));
        }
        changes.save(new WorkItemChange(item, actor.username(), now, ProjectChange.ITEM,
                ProjectChange.encode(snapshot(item, statuses.findByProjectIdOrderByPosition(item.projectId()))), null));
    }

    /**
     * The project's history after {@code since}, oldest first, deleted items included: what a replay of the plan
     * needs to tell why a date moved.
     */
    @Transactional(readOnly = true)
    public List<ProjectChange> projectHistory(Actor actor, String projectKey, Instant since) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return changes.findByProjectIdAndChangedAtAfterOrderByChangedAtAscIdAsc(project.id(), since).stream()
                .map(WorkItemChange::projectChange).toList();
    }

    /** Writes one history line per changed field and one audited event for the whole edit. */
    private void recordChanges(Actor actor, WorkItem item, Map<String, String> before, Map<String, String> after) {
        List<String> summary = new ArrayList<>();
        for (var field : after.keySet()) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.save(new WorkItemChange(item, actor.username(), clock.instant(), field, clip(old), clip(now)));
                summary.add(field + ": " + display(old) + " → " + display(now));
            }
        }
        if (!summary.isEmpty()) {
            item.touched(clock.instant());
            items.flush();
            events.publishEvent(new WorkItemEvent.ItemUpdated(item.projectId(), actor.username(), item.key(),
                    String.join("\n", summary)));
        }
    }

    /**
     * Moves a card on the board or in the backlog: to another status (checked against the column's WIP
     * limit, as every edit is) and/or between two neighbours, named by key. Writes this item's row only.
     */
    public ItemView move(Actor actor, String itemKey, String status, String afterKey, String beforeKey, Long version) {
        Access access = find(actor, itemKey, Permission.EDIT_ITEMS);
        WorkItem item = access.item();
        StaleVersionException.check(Text.of("problem.workitem.item", item.key()), version, item.version());
        String newRank = null;
        if (afterKey != null || beforeKey != null) {
            String low = afterKey == null ? null : neighbour(item, "after", afterKey).rank();
            String high = beforeKey == null ? null : neighbour(item, "before", beforeKey).rank();
            if (low != null && high != null && low.compareTo(high) >= 0) {
                throw new ConflictException(Text.of("problem.workitem.boardChanged", afterKey, beforeKey));
            }
            newRank = Rank.between(low, high);
        }
        ItemView result = update(actor, itemKey, new ItemFields(null, null, null, status, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, Set.of()), version);
        if (newRank != null) {
            item.setRank(newRank);
            item.touched(clock.instant());
            items.flush();
            events.publishEvent(new WorkItemEvent.ItemRanked(item.projectId(), actor.username(), item.key(),
                    "after: " + display(afterKey) + "\nbefore: " + display(beforeKey)));
            result = view(item);
        }
        return result;
    }

    private WorkItem neighbour(WorkItem item, String field, String key) {
        return items.findByKeyIgnoreCase(key.strip())
                .filter(n -> n.projectId().equals(item.projectId()) && !n.id().equals(item.id()))
                .orElseThrow(() -> new InvalidInputException(field, Text.of("problem.workitem.noOtherItem", key)));
    }

    /**
     * Corrects when work really started and finished (status changes record today's date). A start needs work to
     * have begun, a finish needs the item done, and neither may lie in the future.
     */
    public ItemView recordActuals(Actor actor, String itemKey, LocalDate actualStart, LocalDate actualFinish, Long version) {
        Access access = find(actor, itemKey, Permission.EDIT_ITEMS);
        WorkItem item = access.item();
        StaleVersionException.check(Text.of("problem.workitem.item", item.key()), version, item.version());
        List<WorkflowStatus> workflow = statuses.findByProjectIdOrderByPosition(item.projectId());
        StatusCategory category = workflow.stream().filter(w -> w.id().equals(item.statusId())).findFirst()
                .orElseThrow().category();
        LocalDate today = LocalDate.now(clock);
        if (actualStart != null && category == StatusCategory.TODO) {
            throw new InvalidInputException("actualStart", Text.of("problem.workitem.actualStartNeedsWork"));
        }
        if (actualFinish != null && category != StatusCategory.DONE) {
            throw new InvalidInputException("actualFinish", Text.of("problem.workitem.actualFinishNeedsDone"));
        }
        for (LocalDate d : new LocalDate[] {actualStart, actualFinish}) {
            if (d != null && (d.isAfter(today) || d.getYear() < 1970)) {
                throw new InvalidInputException(d == actualStart ? "actualStart" : "actualFinish",
                        Text.of("problem.workitem.pastDate", today.toString()));
            }
        }
        LocalDate start = actualStart != null ? actualStart : item.actualStart();
        LocalDate finish = actualFinish != null ? actualFinish : item.actualFinish();
        if (start != null && finish != null && finish.isBefore(start)) {
            throw new InvalidInputException("actualFinish", Text.of("problem.workitem.finishBeforeActualStart", start.toString()));
        }
        Map<String, String> before = snapshot(item, workflow);
        item.setActualStart(start);
        item.setActualFinish(finish);
        Map<String, String> after = snapshot(item, workflow);
        recordChanges(actor, item, before, after);
        return view(item);
    }

    public void delete(Actor actor, String itemKey, Long version) {
        delete(actor, itemKey, version, Mandate.ROLE);
    }

    void delete(Actor actor, String itemKey, Long version, Mandate mandate) {
        Access access = find(actor, itemKey, mandate.or(Permission.DELETE_ITEMS));
        WorkItem item = access.item();
        StaleVersionException.check(Text.of("problem.workitem.item", item.key()), version, item.version());
        if (mandate == Mandate.ROLE && underChangeControl(item)) {
            throw new ConflictException(Text.of("problem.workitem.majorTechnicalDelete", item.key()));
        }
        long children = items.countByParentId(item.id());
        if (children > 0) {
            throw new ConflictException(Text.of("problem.workitem.hasChildren", item.key(), children));
        }
        removedItems.record(item, actor.username(), clock.instant());
        recordRemoval(actor, item);
        items.delete(item);
        items.flush();
        events.publishEvent(new WorkItemEvent.ItemDeleted(item.projectId(), actor.username(), item.key(),
                "type: " + item.type().code() + "\ntitle: " + item.title()));
    }

    /** Items removed from the project between two instants, with the estimates they had: scope that went away. */
    @Transactional(readOnly = true)
    public List<RemovedItem> removed(Actor actor, String projectKey, Instant from, Instant to) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return removedItems.between(project.id(), from, to);
    }

    @Transactional(readOnly = true)
    public ItemPage search(Actor actor, String projectKey, ItemQuery query) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        WorkItemType type = blank(query.type()) ? null : WorkItemType.parse(query.type());
        Long statusId = blank(query.status()) ? null
                : statusNamed(statuses.findByProjectIdOrderByPosition(project.id()), query.status()).id();
        Long assigneeId = blank(query.assignee()) ? null
                : identity.findByUsername(query.assignee()).map(PersonSummary::id).orElse(-1L);
        if (!blank(query.text()) && query.text().strip().length() > 200) {
            throw new InvalidInputException("text", Text.of("problem.input.tooLong", 200));
        }
        String text = blank(query.text()) ? null : "%" + escapeLike(query.text().strip().toLowerCase(Locale.ROOT)) + "%";
        int size = query.size();
        if (size < 1 || size > MAX_PAGE_SIZE || query.page() < 0) {
            throw new InvalidInputException("size", Text.of("problem.workitem.pageSize", MAX_PAGE_SIZE));
        }
        Page<WorkItem> page = items.search(project.id(), type, statusId, assigneeId, query.blocked(),
                blank(query.label()) ? null : query.label().strip(), text, PageRequest.of(query.page(), size));
        return new ItemPage(views(page.getContent()), query.page(), size, page.getTotalElements());
    }

    @Transactional(readOnly = true)
    public List<ItemView> all(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return views(items.findByProjectIdOrderByNumber(project.id()));
    }

    @Transactional(readOnly = true)
    public ProjectOverview overview(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        Map<Long, Long> counts = items.countByStatus(project.id()).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        var statusCounts = statuses.findByProjectIdOrderByPosition(project.id()).stream()
                .map(s -> new ProjectOverview.StatusCount(s.name(), s.category(), counts.getOrDefault(s.id(), 0L)))
                .toList();
        LocalDate today = LocalDate.now(clock);
        var milestones = items.findMilestones(project.id()).stream()
                .filter(m -> {
                    LocalDate when = m.dueDate() != null ? m.dueDate() : m.plannedFinish();
                    return m.actualFinish() == null && (when == null || !when.isBefore(today));
                })
                .toList();
        return new ProjectOverview(statusCounts, counts.values().stream().mapToLong(Long::longValue).sum(),
                views(items.findOverdue(project.id(), today)),
                views(items.findByProjectIdAndBlockedTrueOrderByBlockedSince(project.id())), views(milestones));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Actor actor, String itemKey) {
        WorkItem item = find(actor, itemKey, Permission.VIEW_PROJECT).item();
        return changes.findByWorkItemIdOrderByChangedAtAscIdAsc(item.id()).stream()
                .filter(c -> !c.projectChange().isCreationOrDeletion()).map(WorkItemChange::entry).toList();
    }

    @Transactional(readOnly = true)
    public List<ItemView> children(Actor actor, String itemKey) {
        WorkItem item = find(actor, itemKey, Permission.VIEW_PROJECT).item();
        return views(items.findByProjectIdOrderByNumber(item.projectId()).stream()
                .filter(i -> item.id().equals(i.parentId())).toList());
    }

    // dependencies

    /** Links two items of one project; the successor follows the predecessor. Refuses a link that closes a cycle. */
    public DependencyView addDependency(Actor actor, String successorKey, String predecessorKey, String type, Integer lagDays) {
        return addDependency(actor, successorKey, predecessorKey, type, lagDays, Mandate.ROLE);
    }

    DependencyView addDependency(Actor actor, String successorKey, String predecessorKey, String type, Integer lagDays,
                                 Mandate mandate) {
        Access access = find(actor, successorKey, mandate.or(Permission.EDIT_ITEMS));
        WorkItem successor = access.item();
        if (blank(predecessorKey)) {
            throw new InvalidInputException("predecessor", Text.of("problem.workitem.nameAnItem", access.project().key()));
        }
        if (predecessorKey.strip().equalsIgnoreCase(successor.key())) {
            throw new InvalidInputException("predecessor", Text.of("problem.workitem.selfDependency", successor.key()));
        }
        WorkItem predecessor = items.findByKeyIgnoreCase(predecessorKey.strip())
                .filter(p -> portfolioVisible(actor, p))
                .orElseThrow(() -> new InvalidInputException("predecessor", Text.of("problem.workitem.noVisibleItem", predecessorKey)));
        if (!predecessor.projectId().equals(successor.projectId())) {
            throw new InvalidInputException("predecessor", Text.of("problem.workitem.otherProject", predecessor.key()));
        }
        int lag = lagDays == null ? 0 : lagDays;
        if (Math.abs(lag) > 1000) {
            throw new InvalidInputException("lagDays", Text.of("problem.workitem.lagRange"));
        }
        DependencyType dependencyType = DependencyType.parse(type);
        if (dependencies.findByPredecessorIdAndSuccessorId(predecessor.id(), successor.id()).isPresent()) {
            throw new ConflictException(Text.of("problem.workitem.alreadyDepends", successor.key(), predecessor.key()));
        }
        List<Long> cycle = pathBetween(successor.projectId(), successor.id(), predecessor.id());
        if (!cycle.isEmpty()) {
            Map<Long, String> keysById = items.findAllById(cycle).stream().collect(Collectors.toMap(WorkItem::id, WorkItem::key));
            String named = Stream.concat(Stream.of(predecessor.key()), cycle.stream().map(keysById::get))
                    .collect(Collectors.joining(" → "));
            throw new ConflictException(Text.of("problem.workitem.cycle", named));
        }
        Dependency dependency = dependencies.save(new Dependency(successor.projectId(), predecessor.id(), successor.id(),
                dependencyType, lag, clock.instant()));
        changes.save(new WorkItemChange(successor, actor.username(), clock.instant(), "dependency", null,
                predecessor.key() + " " + dependencyType + lagText(lag)));
        events.publishEvent(new WorkItemEvent.DependencyAdded(successor.projectId(), actor.username(),
                successor.key(), "predecessor: " + predecessor.key() + " " + dependencyType + lagText(lag)));
        return new DependencyView(dependency.id(), predecessor.key(), predecessor.title(), successor.key(),
                successor.title(), dependencyType, lag);
    }

    public void removeDependency(Actor actor, String itemKey, long dependencyId) {
        Access access = find(actor, itemKey, Permission.EDIT_ITEMS);
        WorkItem item = access.item();
        Dependency dependency = dependencies.findById(dependencyId)
                .filter(d -> d.successorId().equals(item.id()) || d.predecessorId().equals(item.id()))
                .orElseThrow(() -> new NotFoundException(Text.of("problem.workitem.noDependency", dependencyId, item.key())));
        WorkItem predecessor = items.findById(dependency.predecessorId()).orElseThrow();
        WorkItem successor = items.findById(dependency.successorId()).orElseThrow();
        dependencies.delete(dependency);
        changes.save(new WorkItemChange(successor, actor.username(), clock.instant(), "dependency",
                predecessor.key() + " " + dependency.type() + lagText(dependency.lagDays()), null));
        events.publishEvent(new WorkItemEvent.DependencyRemoved(item.projectId(), actor.username(), successor.key(),
                "predecessor: " + predecessor.key() + " " + dependency.type()));
    }

    /** The item's predecessors and successors. */
    @Transactional(readOnly = true)
    public List<DependencyView> dependencies(Actor actor, String itemKey) {
        WorkItem item = find(actor, itemKey, Permission.VIEW_PROJECT).item();
        List<Dependency> links = new ArrayList<>(dependencies.findBySuccessorId(item.id()));
        links.addAll(dependencies.findByPredecessorId(item.id()));
        Set<Long> ids = new HashSet<>();
        links.forEach(d -> {
            ids.add(d.predecessorId());
            ids.add(d.successorId());
        });
        return dependencyViews(links, items.findAllById(ids));
    }

    /**
     * Both ends of a link belong to its project, so the items come from one query by project: looking up thousands of
     * ids with {@code findAllById} sends an IN list that H2 checks row by row, which dominated the Gantt of a
     * 2,000-item project (see docs/benchmarks.md).
     */
    @Transactional(readOnly = true)
    public List<DependencyView> projectDependencies(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return dependencyViews(dependencies.findByProjectId(project.id()), items.findByProjectIdOrderByNumber(project.id()));
    }

    private static List<DependencyView> dependencyViews(List<Dependency> links, Collection<WorkItem> ends) {
        Map<Long, WorkItem> byId = ends.stream().collect(Collectors.toMap(WorkItem::id, Function.identity()));
        return links.stream().map(d -> {
            WorkItem p = byId.get(d.predecessorId());
            WorkItem s = byId.get(d.successorId());
            return new DependencyView(d.id(), p.key(), p.title(), s.key(), s.title(), d.type(), d.lagDays());
        }).toList();
    }

    /** The items on a path from {@code from} to {@code to} along existing links (from first), or empty. */
    private List<Long> pathBetween(long projectId, long from, long to) {
        Map<Long, List<Long>> successors = new HashMap<>();
        for (Dependency d : dependencies.findByProjectId(projectId)) {
            successors.computeIfAbsent(d.predecessorId(), k -> new ArrayList<>()).add(d.successorId());
        }
        Map<Long, Long> cameFrom = new HashMap<>();
        var queue = new ArrayDeque<Long>();
        queue.add(from);
        cameFrom.put(from, from);
        while (!queue.isEmpty()) {
            long current = queue.poll();
            if (current == to) {
                List<Long> path = new ArrayList<>();
                for (long at = to; at != from; at = cameFrom.get(at)) {
                    path.addFirst(at);
                }
                path.addFirst(from);
                return path;
            }
            for (long next : successors.getOrDefault(current, List.of())) {
                if (cameFrom.putIfAbsent(next, current) == null) {
                    queue.add(next);
                }
            }
        }
        return List.of();
    }

    // comments

    public CommentView addComment(Actor actor, String itemKey, String body) {
        WorkItem item = find(actor, itemKey, Permission.COMMENT).item();
        Comment comment = comments.save(new Comment(item, actor.personId(), commentBody(body), clock.instant()));
        events.publishEvent(new WorkItemEvent.CommentAdded(item.projectId(), actor.username(), item.key(),
                clip(comment.body())));
        return commentViews(item, List.of(comment)).getFirst();
    }

    public CommentView editComment(Actor actor, String itemKey, long commentId, String body, Long version) {
        WorkItem item = find(actor, itemKey, Permission.COMMENT).item();
        Comment comment = comment(item, commentId);
        if (comment.authorId() != actor.personId()) {
            throw new ForbiddenException(Text.of("problem.workitem.commentEditedByAuthor"));
        }
        StaleVersionException.check(Text.of("problem.workitem.comment", commentId), version, comment.version());
        String old = comment.body();
        comment.edit(commentBody(body), clock.instant());
        comments.flush();
        events.publishEvent(new WorkItemEvent.CommentEdited(item.projectId(), actor.username(), item.key(),
                clip(old) + " → " + clip(comment.body())));
        return commentViews(item, List.of(comment)).getFirst();
    }

    public void deleteComment(Actor actor, String itemKey, long commentId) {
        Access access = find(actor, itemKey, Permission.COMMENT);
        Comment comment = comment(access.item(), commentId);
        if (comment.authorId() != actor.personId() && !access.project().may(Permission.DELETE_ITEMS)) {
            throw new ForbiddenException(Text.of("problem.workitem.commentDeletedByAuthorOrLead"));
        }
        comments.delete(comment);
        events.publishEvent(new WorkItemEvent.CommentDeleted(access.item().projectId(), actor.username(),
                access.item().key(), clip(comment.body())));
    }

    @Transactional(readOnly = true)
    public List<CommentView> comments(Actor actor, String itemKey) {
        WorkItem item = find(actor, itemKey, Permission.VIEW_PROJECT).item();
        return commentViews(item, comments.findByWorkItemIdOrderByCreatedAt(item.id()));
    }

    private Comment comment(WorkItem item, long commentId) {
        return comments.findById(commentId).filter(c -> c.workItemId().equals(item.id()))
                .orElseThrow(() -> new NotFoundException(Text.of("problem.workitem.noComment", commentId, item.key())));
    }

    private List<CommentView> commentViews(WorkItem item, List<Comment> list) {
        Map<Long, PersonSummary> people = identity.byIds(list.stream().map(Comment::authorId).collect(Collectors.toSet()));
        return list.stream().map(c -> new CommentView(c.id(), item.key(), people.get(c.authorId()).username(),
                people.get(c.authorId()).displayName(), c.body(), c.version(), c.createdAt(), c.updatedAt())).toList();
    }

    private static String commentBody(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", Text.of("problem.input.empty"));
        }
        if (body.length() > 10_000) {
            throw new InvalidInputException("body", Text.of("problem.input.tooLong", 10_000));
        }
        return body.strip();
    }

    // fields

    private void applyFields(ProjectRef project, WorkItem item, ItemFields f, List<WorkflowStatus> workflow) {
        if (f.type() != null) {
            item.setType(WorkItemType.parse(f.type()));
        }
        if (f.title() != null) {
            item.setTitle(ItemEditRules.text("title", f.title(), 255, true));
        }
        if (f.description() != null || f.clears("description")) {
            item.setDescription(f.clears("description") ? null : ItemEditRules.text("description", f.description(), 20_000, false));
        }
        if (f.priority() != null) {
            item.setPriority(Priority.parse(f.priority()));
        }
        if (f.assignee() != null || f.clears("assignee")) {
            item.setAssigneeId(f.clears("assignee") || f.assignee().isBlank() ? null : assigneeId(project, f.assignee()));
        }
        if (f.parent() != null || f.clears("parent")) {
            item.setParentId(f.clears("parent") || f.parent().isBlank() ? null : parentId(item, f.parent()));
        }
        if (f.labels() != null || f.clears("labels")) {
            item.replaceLabels(f.clears("labels") ? Set.of() : ItemEditRules.labels(f.labels()));
        }
        item.setStoryPoints(ItemEditRules.estimate("storyPoints", f.storyPoints(), f.clears("storyPoints"), item.storyPoints()));
        item.setEstimateHours(ItemEditRules.estimate("estimateHours", f.estimateHours(), f.clears("estimateHours"), item.estimateHours()));
        item.setOptimisticDays(ItemEditRules.estimate("optimisticDays", f.optimisticDays(), f.clears("optimisticDays"), item.optimisticDays()));
        item.setMostLikelyDays(ItemEditRules.estimate("mostLikelyDays", f.mostLikelyDays(), f.clears("mostLikelyDays"), item.mostLikelyDays()));
        item.setPessimisticDays(ItemEditRules.estimate("pessimisticDays", f.pessimisticDays(), f.clears("pessimisticDays"), item.pessimisticDays()));
        item.setRemainingHours(ItemEditRules.estimate("remainingHours", f.remainingHours(), f.clears("remainingHours"), item.remainingHours()));
        ItemEditRules.threePoint(item.optimisticDays(), item.mostLikelyDays(), item.pessimisticDays());
        item.setPlannedStart(ItemEditRules.date("plannedStart", f.plannedStart(), f.clears("plannedStart"), item.plannedStart()));
        item.setPlannedFinish(ItemEditRules.date("plannedFinish", f.plannedFinish(), f.clears("plannedFinish"), item.plannedFinish()));
        item.setDueDate(ItemEditRules.date("dueDate", f.dueDate(), f.clears("dueDate"), item.dueDate()));
        ItemEditRules.plannedDates(item.plannedStart(), item.plannedFinish());
        if (f.status() != null) {
            WorkflowStatus target = statusNamed(workflow, f.status());
            enforceWipLimit(item, target);
            moveTo(item, target, workflow);
        } else if (item.id() == null) {
            enforceWipLimit(item, workflow.getFirst());
        }
        // checked even where it is not used, so an over-long reason is refused rather than silently dropped
        String reason = ItemEditRules.text("blockedReason", f.blockedReason(), 500, false);
        if (Boolean.TRUE.equals(f.blocked())) {
            if (reason == null) {
                throw new InvalidInputException("blockedReason", Text.of("problem.workitem.blockedReason"));
            }
            item.block(reason, clock.instant());
        } else if (Boolean.FALSE.equals(f.blocked())) {
            item.unblock();
        } else if (f.blockedReason() != null && item.blocked()) {
            item.block(ItemEditRules.text("blockedReason", f.blockedReason(), 500, true), clock.instant());
        }
    }

    /**
     * The board's WIP rule, for every way an item enters a column (drag, edit, form, new item): a column with a limit
     * on a board whose limits are a hard stop refuses the item that would overfill it.
     */
    private void enforceWipLimit(WorkItem item, WorkflowStatus target) {
        Integer limit = target.wipLimit();
        boolean entering = item.id() == null || !target.id().equals(item.statusId());
        // the board and the count are read only when a limit could refuse the item
        if (limit != null && entering && WipRule.refuses(limit,
                boards.findById(item.projectId()).map(BoardSettings::wipHardLimit).orElse(false), true,
                items.countByProjectIdAndStatusId(item.projectId(), target.id()))) {
            throw new ConflictException(Text.of("problem.workitem.columnFull", target.name(), limit));
        }
    }

    /** Entering work sets the actual start; reaching done sets the actual finish; reopening clears it. */
    private void moveTo(WorkItem item, WorkflowStatus target, List<WorkflowStatus> workflow) {
        LocalDate today = LocalDate.now(clock);
        item.setStatusId(target.id());
        if (target.category() != StatusCategory.TODO && item.actualStart() == null) {
            item.setActualStart(today);
        }
        if (target.category() == StatusCategory.DONE) {
            if (item.actualFinish() == null) {
                item.setActualFinish(today);
            }
        } else {
            item.setActualFinish(null);
        }
        if (target.category() == StatusCategory.TODO) {
            item.setActualStart(null);
        }
    }

    private static WorkflowStatus statusNamed(List<WorkflowStatus> workflow, String name) {
        return workflow.stream().filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("status", Text.of("problem.input.oneOfNot",
                        workflow.stream().map(WorkflowStatus::name).collect(Collectors.joining(", ")), name)));
    }

    private Long assigneeId(ProjectRef project, String username) {
        PersonSummary person = identity.findByUsername(username.strip())
                .orElseThrow(() -> new InvalidInputException("assignee", Text.of("problem.workitem.noPerson", username)));
        if (!portfolio.isMember(project.id(), person.id())) {
            throw new InvalidInputException("assignee", Text.of("problem.workitem.notMember", person.username(), project.key()));
        }
        return person.id();
    }

    private Long parentId(WorkItem item, String parentKey) {
        WorkItem parent = items.findByKeyIgnoreCase(parentKey.strip())
                .filter(p -> p.projectId().equals(item.projectId()))
                .orElseThrow(() -> new InvalidInputException("parent", Text.of("problem.workitem.noItemOfProject", parentKey)));
        for (WorkItem at = parent; at != null; at = at.parentId() == null ? null : items.findById(at.parentId()).orElse(null)) {
            if (at.id().equals(item.id())) {
                throw new InvalidInputException("parent", Text.of("problem.workitem.ownAncestor", parent.key(), item.key()));
            }
        }
        return parent.id();
    }

    private Map<String, String> snapshot(WorkItem i, List<WorkflowStatus> workflow) {
        Map<String, String> s = new java.util.LinkedHashMap<>();
        s.put("type", i.type().code());
        s.put("title", i.title());
        s.put("description", i.description());
        s.put("status", workflow.stream().filter(w -> w.id().equals(i.statusId())).findFirst().map(WorkflowStatus::name).orElse(null));
        s.put("blocked", Boolean.toString(i.blocked()));
        s.put("blockedReason", i.blockedReason());
        s.put("priority", i.priority().code());
        s.put("assignee", i.assigneeId() == null ? null : identity.byIds(List.of(i.assigneeId())).get(i.assigneeId()).username());
        s.put("parent", i.parentId() == null ? null : items.findById(i.parentId()).map(WorkItem::key).orElse(null));
        s.put("labels", i.labels().isEmpty() ? null : String.join(", ", i.labels()));
        s.put("storyPoints", plain(i.storyPoints()));
        s.put("estimateHours", plain(i.estimateHours()));
        s.put("optimisticDays", plain(i.optimisticDays()));
        s.put("mostLikelyDays", plain(i.mostLikelyDays()));
        s.put("pessimisticDays", plain(i.pessimisticDays()));
        s.put("remainingHours", plain(i.remainingHours()));
        s.put("plannedStart", Objects.toString(i.plannedStart(), null));
        s.put("plannedFinish", Objects.toString(i.plannedFinish(), null));
        s.put("dueDate", Objects.toString(i.dueDate(), null));
        s.put("actualStart", Objects.toString(i.actualStart(), null));
        s.put("actualFinish", Objects.toString(i.actualFinish(), null));
        return s;
    }

    // reading

    private record Access(ProjectRef project, WorkItem item) {
    }

    /** An item the actor may act on; outsiders learn nothing of its existence. */
    private Access find(Actor actor, String itemKey, Permission permission) {
        WorkItem item = items.findByKeyIgnoreCase(itemKey == null ? "" : itemKey.strip())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.workitem.noItem", itemKey)));
        ProjectRef project;
        try {
            project = portfolio.access(actor, item.projectId(), permission);
        } catch (NotFoundException e) {
            throw new NotFoundException(Text.of("problem.workitem.noItem", itemKey));
        }
        return new Access(project, item);
    }

    private boolean portfolioVisible(Actor actor, WorkItem item) {
        try {
            portfolio.access(actor, item.projectId(), Permission.VIEW_PROJECT);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private ItemView view(WorkItem item) {
        return views(List.of(item)).getFirst();
    }

    List<ItemView> views(Collection<WorkItem> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> projectIds = list.stream().map(WorkItem::projectId).collect(Collectors.toSet());
        Map<Long, WorkflowStatus> statusById = new HashMap<>();
        projectIds.forEach(p -> statuses.findByProjectIdOrderByPosition(p).forEach(s -> statusById.put(s.id(), s)));
        Set<Long> personIds = new LinkedHashSet<>();
        Set<Long> parentIds = new HashSet<>();
        for (WorkItem i : list) {
            if (i.assigneeId() != null) {
                personIds.add(i.assigneeId());
            }
            personIds.add(i.reporterId());
            if (i.parentId() != null) {
                parentIds.add(i.parentId());
            }
        }
        Map<Long, PersonSummary> people = identity.byIds(personIds);
        Map<Long, String> parentKeys = items.findAllById(parentIds).stream().collect(Collectors.toMap(WorkItem::id, WorkItem::key));
        return list.stream().map(i -> {
            WorkflowStatus status = statusById.get(i.statusId());
            PersonSummary assignee = i.assigneeId() == null ? null : people.get(i.assigneeId());
            String projectKey = i.key().substring(0, i.key().lastIndexOf('-'));
            return new ItemView(i.id(), i.key(), projectKey, i.type().code(), i.title(), i.description(), status.name(),
                    status.category(), i.blocked(), i.blockedReason(), i.blockedSince(), i.priority().code(),
                    assignee == null ? null : assignee.username(), assignee == null ? null : assignee.displayName(),
                    people.get(i.reporterId()).username(), i.parentId() == null ? null : parentKeys.get(i.parentId()),
                    Set.copyOf(i.labels()), i.storyPoints(), i.estimateHours(), i.optimisticDays(), i.mostLikelyDays(),
                    i.pessimisticDays(), i.plannedStart(), i.plannedFinish(), i.dueDate(), i.actualStart(),
                    i.actualFinish(), i.version(), i.createdAt(), i.updatedAt(), i.majorTechnical(), i.remainingHours());
        }).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
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

    private static String lagText(int lag) {
        return lag == 0 ? "" : (lag > 0 ? " +" : " ") + lag + "d";
    }
}
