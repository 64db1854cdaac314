package dev.tandem.workitem;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.internal.WorkItem;
import dev.tandem.workitem.internal.WorkItemChange;
import dev.tandem.workitem.internal.WorkItemChanges;
import dev.tandem.workitem.internal.WorkItems;
import dev.tandem.workitem.internal.WorkflowStatus;
import dev.tandem.workitem.internal.WorkflowStatuses;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a module that plans items into time boxes (the sprints) reads and writes of the work items: the items in
 * rank order, their status history, and a line in an item's history when its time box changes. Reading needs
 * the project's view permission, the history line the permission to manage sprints.
 */
@Service
@Transactional
public class ItemPlanning {

    private final WorkItems items;
    private final WorkflowStatuses statuses;
    private final WorkItemChanges changes;
    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;
    private final Clock clock;

    ItemPlanning(WorkItems items, WorkflowStatuses statuses, WorkItemChanges changes, PortfolioManagement portfolio,
                 IdentityManagement identity, Clock clock) {
        this.items = items;
        this.statuses = statuses;
        this.changes = changes;
        this.portfolio = portfolio;
        this.identity = identity;
        this.clock = clock;
    }

    /** Every item of the project, in rank order. */
    @Transactional(readOnly = true)
    public List<RankedItem> ranked(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return ranked(project.id(), items.findByProjectIdOrderByRank(project.id()));
    }

    /** These items of the project, in rank order; ids of other projects' items are left out. */
    @Transactional(readOnly = true)
    public List<RankedItem> byIds(Actor actor, String projectKey, Collection<Long> ids) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        if (ids.isEmpty()) {
            return List.of();
        }
        return ranked(project.id(), items.findAllById(Set.copyOf(ids)).stream()
                .filter(i -> i.projectId() == project.id()).sorted(Comparator.comparing(WorkItem::rank)).toList());
    }

    /** The item of the project with this key; refused as input naming no item of the project otherwise. */
    @Transactional(readOnly = true)
    public RankedItem byKey(Actor actor, String projectKey, String itemKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return ranked(project.id(), List.of(item(project, itemKey))).getFirst();
    }

    /** The status changes of these items of the project, oldest first. */
    @Transactional(readOnly = true)
    public List<StatusChange> statusChanges(Actor actor, String projectKey, Collection<Long> itemIds) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return changes.statusChanges(project.id(), itemIds).stream().map(WorkItemChange::statusChange).toList();
    }

    /** The status changes in the project from {@code since} to before {@code until}, oldest first. */
    @Transactional(readOnly = true)
    public List<StatusChange> statusChangesBetween(Actor actor, String projectKey, Instant since, Instant until) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return changes.statusChangesBetween(project.id(), since, until).stream().map(WorkItemChange::statusChange)
                .toList();
    }

    /**
     * Records in the item's history that it left sprint {@code from} for sprint {@code to} (either null for the
     * backlog); {@code touch} marks the item changed, so its version moves on. Answers the item's version.
     */
    public long sprintChanged(Actor actor, String projectKey, String itemKey, String from, String to, boolean touch) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.MANAGE_SPRINTS);
        WorkItem item = item(project, itemKey);
        Instant now = clock.instant();
        changes.save(new WorkItemChange(item, actor.username(), now, "sprint", from, to));
        if (touch) {
            item.touched(now);
            items.flush();
        }
        return item.version();
    }

    private WorkItem item(ProjectRef project, String itemKey) {
        if (itemKey == null || itemKey.isBlank()) {
            throw new InvalidInputException("item", Text.of("problem.workitem.nameAnItem", project.key()));
        }
        return items.findByKeyIgnoreCase(itemKey.strip()).filter(i -> i.projectId() == project.id())
                .orElseThrow(() -> new InvalidInputException("item", Text.of("problem.workitem.noItemOf", project.key(),
                        itemKey.strip())));
    }

    private List<RankedItem> ranked(long projectId, List<WorkItem> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, WorkflowStatus> workflow = new HashMap<>();
        statuses.findByProjectIdOrderByPosition(projectId).forEach(s -> workflow.put(s.id(), s));
        Set<Long> personIds = list.stream().map(WorkItem::assigneeId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, PersonSummary> people = personIds.isEmpty() ? Map.of() : identity.byIds(personIds);
        return list.stream().map(i -> {
            WorkflowStatus status = workflow.get(i.statusId());
            PersonSummary assignee = i.assigneeId() == null ? null : people.get(i.assigneeId());
            return new RankedItem(i.id(), i.key(), i.title(), i.type(), status.name(), status.category(), i.assigneeId(),
                    assignee == null ? null : assignee.username(), assignee == null ? null : assignee.displayName(),
                    i.storyPoints(), i.estimateHours(), i.blocked(), i.blockedReason(), i.rank(), i.version());
        }).toList();
    }

}
