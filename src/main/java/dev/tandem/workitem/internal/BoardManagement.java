package dev.tandem.workitem.internal;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.WorkItemEvent;
import dev.tandem.workitem.rules.WipRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The board of a project: its columns, their WIP limits and the ranked cards in each. */
@Service
@Transactional
public class BoardManagement {

    private final WorkItems items;
    private final WorkflowStatuses statuses;
    private final Boards boards;
    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final EntityManager entities;

    BoardManagement(WorkItems items, WorkflowStatuses statuses, Boards boards, PortfolioManagement portfolio,
                    IdentityManagement identity, ApplicationEventPublisher events, EntityManager entities) {
        this.items = items;
        this.statuses = statuses;
        this.boards = boards;
        this.portfolio = portfolio;
        this.identity = identity;
        this.events = events;
        this.entities = entities;
    }

    @Transactional(readOnly = true)
    public BoardView board(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        BoardSettings settings = boards.findById(project.id()).orElseThrow();
        List<WorkItem> ranked = items.findByProjectIdOrderByRank(project.id());
        Set<Long> people = new HashSet<>();
        ranked.forEach(i -> {
            if (i.assigneeId() != null) {
                people.add(i.assigneeId());
            }
        });
        Map<Long, PersonSummary> names = identity.byIds(people);
        Map<Long, String> keysById = ranked.stream().collect(Collectors.toMap(WorkItem::id, WorkItem::key));
        Map<Long, List<BoardView.Card>> byStatus = new HashMap<>();
        for (WorkItem i : ranked) {
            PersonSummary assignee = i.assigneeId() == null ? null : names.get(i.assigneeId());
            byStatus.computeIfAbsent(i.statusId(), s -> new ArrayList<>()).add(new BoardView.Card(i.key(), i.title(),
                    i.type().code(), i.priority().code(), assignee == null ? null : assignee.username(),
                    assignee == null ? null : assignee.displayName(), i.storyPoints(), i.estimateHours(), i.blocked(),
                    i.blockedReason(), i.blockedSince(), Set.copyOf(i.labels()),
                    i.parentId() == null ? null : keysById.get(i.parentId()), i.rank(), i.version()));
        }
        List<BoardView.Column> columns = statuses.findByProjectIdOrderByPosition(project.id()).stream().map(s -> {
            List<BoardView.Card> cards = byStatus.getOrDefault(s.id(), List.of());
            return new BoardView.Column(s.name(), s.category(), s.wipLimit(), cards.size(),
                    WipRule.overLimit(s.wipLimit(), cards.size()), cards);
        }).toList();
        return new BoardView(project.key(), settings.wipHardLimit(), settings.version(), columns);
    }

    /** Sets WIP limits per column (null or absent: no limit) and whether a full column refuses more cards. */
    public BoardView configure(Actor actor, String projectKey, Boolean hardLimit, Map<String, Integer> wipLimits,
                               Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.MANAGE_BOARD);
        BoardSettings settings = boards.findForChange(project.id()).orElseThrow();
        StaleVersionException.check(Text.of("problem.workitem.board", project.key()), version, settings.version());
        List<String> changes = new ArrayList<>();
        if (hardLimit != null && hardLimit != settings.wipHardLimit()) {
            changes.add("wipHardLimit: " + settings.wipHardLimit() + " → " + hardLimit);
            settings.setWipHardLimit(hardLimit);
        }
        if (wipLimits != null) {
            Map<String, WorkflowStatus> byName = statuses.findByProjectIdOrderByPosition(project.id()).stream()
                    .collect(Collectors.toMap(s -> s.name().toLowerCase(java.util.Locale.ROOT), Function.identity()));
            for (var entry : wipLimits.entrySet()) {
                WorkflowStatus status = byName.get(entry.getKey().strip().toLowerCase(java.util.Locale.ROOT));
                if (status == null) {
                    throw new InvalidInputException("wipLimits", Text.of("problem.workitem.noColumn", entry.getKey()));
                }
                Integer limit = entry.getValue();
                if (limit != null && (limit < 1 || limit > 999)) {
                    throw new InvalidInputException("wipLimits", Text.of("problem.workitem.wipLimitRange", status.name()));
                }
                if (!Objects.equals(limit, status.wipLimit())) {
                    changes.add("wipLimit " + status.name() + ": " + status.wipLimit() + " → " + limit);
                    status.setWipLimit(limit);
                }
            }
        }
        if (!changes.isEmpty()) {
            // Column limits live on the statuses: bump the board's version now, so the answer carries the stored one.
            entities.lock(settings, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            boards.flush();
            events.publishEvent(new WorkItemEvent.BoardConfigured(project.id(), actor.username(), project.key(),
                    String.join("\n", changes)));
        }
        return board(actor, projectKey);
    }
}
