package dev.tandem.planning;

import dev.tandem.identity.PersonSummary;
import dev.tandem.planning.internal.Kickoff;
import dev.tandem.planning.internal.KickoffAction;
import dev.tandem.planning.internal.KickoffActions;
import dev.tandem.planning.internal.Kickoffs;
import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.system.Inputs;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The kick-off (joint planning) meeting of a project: participants, the three agreements, decisions, action items. */
@Service
@Transactional
public class KickoffManagement {

    /** The roles a joint planning meeting needs at the table. */
    static final List<ProjectRole> NEEDED_ROLES = List.of(ProjectRole.PM, ProjectRole.EM, ProjectRole.PRODUCT_MANAGER);

    private final Kickoffs kickoffs;
    private final KickoffActions actions;
    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;
    private final Links links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageSource messages;

    KickoffManagement(Kickoffs kickoffs, KickoffActions actions, PortfolioManagement portfolio,
                      WorkItemManagement workItems, Links links, ApplicationEventPublisher events, Clock clock,
                      MessageSource messages) {
        this.kickoffs = kickoffs;
        this.actions = actions;
        this.portfolio = portfolio;
        this.workItems = workItems;
        this.links = links;
        this.events = events;
        this.clock = clock;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public KickoffView kickoff(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return view(project);
    }

    /** Records the meeting, or replaces the record (with the version it was based on). */
    public KickoffView record(Actor actor, String projectKey, KickoffFields fields, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_CHARTER);
        Kickoff kickoff = kickoffs.findById(project.id()).orElse(null);
        if (kickoff != null) {
            StaleVersionException.check(Text.of("problem.planning.kickoff", project.key()), version, kickoff.version());
        } else {
            kickoff = new Kickoff(project.id());
        }
        if (fields.heldOn() == null || fields.heldOn().getYear() < 1970 || fields.heldOn().getYear() > 2999) {
            throw new InvalidInputException("heldOn", Text.of("problem.planning.heldOn"));
        }
        Map<Long, MemberSummary> members = portfolio.membersOf(project.id()).stream()
                .collect(Collectors.toMap(MemberSummary::personId, Function.identity()));
        Map<Long, ProjectRole> participants = new LinkedHashMap<>();
        for (String username : fields.participants() == null ? List.<String>of() : fields.participants()) {
            long id = links.member(project, "participants", username);
            participants.put(id, members.get(id).role());
        }
        if (participants.isEmpty()) {
            throw new InvalidInputException("participants", Text.of("problem.planning.noParticipants"));
        }
        kickoff.record(fields.heldOn(), fields.agreedValue(), fields.agreedDifficulties(), fields.agreedMetrics(),
                Inputs.text("decisions", fields.decisions(), 20_000, false), participants, actor.username(), clock.instant());
        kickoffs.saveAndFlush(kickoff);
        events.publishEvent(new PlanningEvent.KickoffRecorded(project.id(), actor.username(), project.key(),
                "heldOn: " + fields.heldOn() + "\nparticipants: " + participants.keySet().stream()
                        .map(id -> members.get(id).username() + " (" + members.get(id).role() + ")")
                        .collect(Collectors.joining(", "))
                        + "\nagreements: value=" + fields.agreedValue() + ", difficulties=" + fields.agreedDifficulties()
                        + ", metrics=" + fields.agreedMetrics()));
        return view(project);
    }

    public KickoffView.ActionView addAction(Actor actor, String projectKey, String title, String owner, LocalDate due) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_CHARTER);
        if (due != null && (due.getYear() < 1970 || due.getYear() > 2999)) {
            throw new InvalidInputException("due", Text.of("problem.planning.dateRange"));
        }
        KickoffAction action = actions.saveAndFlush(new KickoffAction(project.id(), Inputs.text("title", title, 255, true),
                links.member(project, "owner", owner), due, clock.instant()));
        events.publishEvent(new PlanningEvent.KickoffActionAdded(project.id(), actor.username(),
                project.key(), "title: " + action.title() + "\nowner: " + owner.strip() + "\ndue: " + Inputs.display(due)));
        return actionViews(project).stream().filter(a -> a.id() == action.id()).findFirst().orElseThrow();
    }

    /** Turns an action item into a task assigned to its owner and due on its date; once only. */
    public KickoffView.ActionView acceptAction(Actor actor, String projectKey, long actionId) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_CHARTER);
        KickoffAction action = actions.findById(actionId).filter(a -> a.projectId() == project.id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.planning.noAction", actionId, project.key())));
        if (action.itemKey() != null) {
            throw new ConflictException(Text.of("problem.planning.actionAccepted", action.itemKey()));
        }
        String owner = links.people(List.of(action.ownerId())).get(action.ownerId()).username();
        ItemView item = workItems.create(actor, project.key(), new ItemFields("task", action.title(),
                text("kickoff.action.description"), null, null, null, null, owner, null, null, null, null, null,
                null, null, null, null, action.due(), Set.of()));
        action.accepted(item.key());
        actions.flush();
        events.publishEvent(new PlanningEvent.KickoffActionAccepted(project.id(), actor.username(),
                project.key(), "title: " + action.title() + "\nitem: " + item.key()));
        return actionViews(project).stream().filter(a -> a.id() == actionId).findFirst().orElseThrow();
    }

    private KickoffView view(ProjectRef project) {
        Kickoff k = kickoffs.findById(project.id()).orElse(null);
        List<KickoffView.ActionView> actionViews = actionViews(project);
        if (k == null) {
            return new KickoffView(false, null, List.of(), NEEDED_ROLES, false, false, false, null, actionViews, 0,
                    null, null);
        }
        Map<Long, PersonSummary> people = links.people(k.participants().keySet());
        List<KickoffView.Participant> participants = new ArrayList<>();
        k.participants().forEach((id, role) -> participants.add(new KickoffView.Participant(people.get(id).username(),
                people.get(id).displayName(), role)));
        participants.sort(java.util.Comparator.comparing((KickoffView.Participant p) -> p.role().ordinal())
                .thenComparing(KickoffView.Participant::username));
        Set<ProjectRole> present = participants.stream().map(KickoffView.Participant::role)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProjectRole.class)));
        List<ProjectRole> missing = NEEDED_ROLES.stream().filter(r -> !present.contains(r)).toList();
        return new KickoffView(true, k.heldOn(), participants, missing, k.agreedValue(), k.agreedDifficulties(),
                k.agreedMetrics(), k.decisions(), actionViews, k.version(), k.updatedBy(), k.updatedAt());
    }

    private List<KickoffView.ActionView> actionViews(ProjectRef project) {
        List<KickoffAction> list = actions.findByProjectIdOrderByIdAsc(project.id());
        Map<Long, PersonSummary> people = links.people(list.stream().map(KickoffAction::ownerId).toList());
        return list.stream().map(a -> new KickoffView.ActionView(a.id(), a.title(), people.get(a.ownerId()).username(),
                people.get(a.ownerId()).displayName(), a.due(), a.itemKey())).toList();
    }

    /** A sentence Tandem writes for a person, in the language of the request that makes it write. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
