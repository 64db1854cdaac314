package dev.tandem.retrospective;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.retrospective.engine.Format;
import dev.tandem.retrospective.engine.RetroRules;
import dev.tandem.retrospective.engine.Stage;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.livestream.ProjectEventStream;
import dev.tandem.workitem.WorkItemManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dev.tandem.retrospective.internal.RetroAction;
import dev.tandem.retrospective.internal.RetroActions;
import dev.tandem.retrospective.internal.RetroCard;
import dev.tandem.retrospective.internal.RetroCards;
import dev.tandem.retrospective.internal.RetroGroup;
import dev.tandem.retrospective.internal.RetroGroups;
import dev.tandem.retrospective.internal.RetroVote;
import dev.tandem.retrospective.internal.RetroVotes;
import dev.tandem.retrospective.internal.Retrospective;
import dev.tandem.retrospective.internal.Retrospectives;

/**
 * Retrospectives: members who may comment take part (add cards, group, vote, add action items); the facilitator —
 * the member who opened it, or a PM or EM ({@code MANAGE_SPRINTS}) — moves its stages and closes it; whoever may see
 * the project reads it. Turning an action item into a work item needs {@code EDIT_ITEMS}.
 * <p>
 * Anonymous cards are stored without an author, so neither pages, answers nor the audit trail can name one, and
 * nobody (the author included) can change or remove them afterwards. Adding a card is not audited for that reason.
 */
@Service
@Transactional
public class RetrospectiveManagement {

    static final Set<String> KINDS = Set.of("SPRINT", "MILESTONE", "INCIDENT");
    private static final int MAX_TITLE = 200;
    private static final int MAX_CARD = 1000;
    private static final int MAX_CARDS = 500;
    private static final int MAX_GROUP_CARDS = 100;
    /** What the live stream names a retrospective by, as "R42"; the board page listens for its own. */
    public static final String LIVE_PREFIX = "R";

    private final Retrospectives retrospectives;
    private final RetroCards cards;
    private final RetroGroups groups;
    private final RetroVotes votes;
    private final RetroActions actions;
    private final PortfolioManagement portfolio;
    private final IdentityManagement identity;
    private final WorkItemManagement workItems;
    private final ProjectEventStream live;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RetrospectiveManagement(Retrospectives retrospectives, RetroCards cards, RetroGroups groups, RetroVotes votes,
                            RetroActions actions, PortfolioManagement portfolio, IdentityManagement identity,
                            WorkItemManagement workItems, ProjectEventStream live, ApplicationEventPublisher events,
                            Clock clock) {
        this.retrospectives = retrospectives;
        this.cards = cards;
        this.groups = groups;
        this.votes = votes;
        this.actions = actions;
        this.portfolio = portfolio;
        this.identity = identity;
        this.workItems = workItems;
        this.live = live;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RetrospectiveSummary> list(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return retrospectives.findByProjectIdOrderByCreatedAtDescIdDesc(project.id()).stream()
                .map(r -> new RetrospectiveSummary(r.id(), r.title(), r.kind(), r.format(), r.stage(), r.createdAt(),
                        cards.countByRetrospectiveId(r.id()))).toList();
    }

    /** Whether the actor may open a retrospective in the project (and take part in one). */
    @Transactional(readOnly = true)
    public boolean mayTakePart(Actor actor, String projectKey) {
        return portfolio.access(actor, projectKey, Permission.VIEW_PROJECT).may(Permission.COMMENT);
    }

    public RetrospectiveView create(Actor actor, String projectKey, RetrospectiveFields fields) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.COMMENT);
        String title = text("title", fields.title(), MAX_TITLE);
        String kind = fields.kind() == null ? "" : fields.kind().strip().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw new InvalidInputException("kind", Text.of("problem.retrospective.kind"));
        }
        Format format = format(fields.format());
        int perPerson = fields.votesPerPerson() == null ? 5 : fields.votesPerPerson();
        int perTarget = fields.maxVotesPerTarget() == null ? Math.min(3, perPerson) : fields.maxVotesPerTarget();
        RetroRules.checkLimits(perPerson, perTarget);
        Retrospective r = retrospectives.saveAndFlush(new Retrospective(project.id(), title, kind, format, perPerson,
                perTarget, actor.personId(), clock.instant()));
        events.publishEvent(new RetrospectiveEvent(project.id(), actor.username(), "retrospective.created",
                "Retrospective", project.key() + " #" + r.id(), "title: " + title + "\nkind: " + kind + "\nformat: "
                + format + "\nvotes: " + perPerson + " each, at most " + perTarget + " on one card or group"));
        return view(actor, project, r);
    }

    @Transactional(readOnly = true)
    public RetrospectiveView get(Actor actor, String projectKey, long id) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return view(actor, project, find(project, id));
    }

    /** Moves the retrospective to its next stage, or closes it; for the facilitator, with the version they saw. */
    public RetrospectiveView move(Actor actor, String projectKey, long id, String stage, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        Retrospective r = find(project, id);
        checkFacilitator(actor, project, r);
        StaleVersionException.check(Text.of("problem.retrospective.retrospective", id), version, r.version());
        Stage to = stage(stage);
        RetroRules.checkMove(r.stage(), to);
        Stage from = r.stage();
        r.moveTo(to);
        retrospectives.flush();
        events.publishEvent(new RetrospectiveEvent(project.id(), actor.username(), "retrospective.moved",
                "Retrospective", project.key() + " #" + r.id(), "stage: " + from + " → " + to));
        pushed(project, r);
        return view(actor, project, r);
    }

    public RetrospectiveView addCard(Actor actor, String projectKey, long id, String column, String body,
                                     boolean anonymous) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.COMMENT);
        Retrospective r = find(project, id);
        RetroRules.checkStage(r.stage(), Stage.COLLECT, Text.of("problem.retrospective.cardsAdded"));
        String code = RetroRules.column(r.format(), column);
        String text = text("body", body, MAX_CARD);
        if (cards.countByRetrospectiveId(r.id()) >= MAX_CARDS) {
            throw new InvalidInputException("body", Text.of("problem.retrospective.tooManyCards", MAX_CARDS));
        }
        cards.saveAndFlush(new RetroCard(r.id(), code, text, anonymous ? null : actor.personId(), clock.instant()));
        pushed(project, r);
        return view(actor, project, r);
    }

    /**
     * The author rewrites their own named card while cards are collected. An anonymous card has no author, so nobody
     * can change it; only its author touches a card, so the last save of that one person stands.
     */
    public RetrospectiveView editCard(Actor actor, String projectKey, long id, long cardId, String body) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.COMMENT);
        Retrospective r = find(project, id);
        RetroCard card = ownCard(actor, r, cardId);
        RetroRules.checkStage(r.stage(), Stage.COLLECT, Text.of("problem.retrospective.cardsChanged"));
        card.rewrite(text("body", body, MAX_CARD));
        cards.flush();
        pushed(project, r);
        return view(actor, project, r);
    }

    /** The author takes their own named card back while cards are collected (before any group or dot holds it). */
    public RetrospectiveView removeCard(Actor actor, String projectKey, long id, long cardId) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.COMMENT);
        Retrospective r = find(project, id);
        RetroCard card = ownCard(actor, r, cardId);
        RetroRules.checkStage(r.stage(), Stage.COLLECT, Text.of("problem.retrospective.cardsChanged"));
        cards.delete(card);
        cards.flush();
        pushed(project, r);
        return view(actor, project, r);
    }

    /** Puts cards of the retrospective under a new group with a title; a card already in a group moves. */
    public RetrospectiveView group(Actor actor, String projectKey, long id, String title, Collection<Long> cardIds) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.COMMENT);
        Retrospective r = find(project, id);
        RetroRules.checkStage(r.stage(), Stage.GROUP, Text.of("problem.retrospective.cardsGrouped"));
        String name = text("title", title, MAX_TITLE);
        Set<Long> wanted = cardIds == null ? Set.of() : new HashSet<>(cardIds);
        if (wanted.isEmpty() || wanted.size() > MAX_GROUP_CARDS) {
            throw new InvalidInputException("cards", Text.of("problem.retrospective.groupSize", MAX_GROUP_CARDS));
        }
        List<RetroCard> chosen = cards.findByRetrospectiveIdOrderByIdAsc(r.id()).stream()
                .filter(c -> wanted.contains(c.id())).toList();
        if (chosen.size() != wanted.size()) {
            throw new InvalidInputException("cards", Text.of("problem.retrospective.cardsNotHere"));
        }
        RetroGroup group = groups.saveAndFlush(new RetroGroup(r.id(), name, clock.instant()));
        chosen.forEach(c -> c.groupInto(group.id()));
        cards.flush();
        pushed(project, r);
        return view(actor, project, r);
    }

    /** Places one of the actor's dots on a card or a group; a dot on a grouped card counts for its group. */
    public RetrospectiveView vote(Actor actor, String projectKey, long id, Long cardId, Long groupId) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.COMMENT);
        Retrospective r = retrospectives.lockById(find(project, id).id()).orElseThrow();
        RetroRules.checkStage(r.stage(), Stage.VOTE, Text.of("problem.retrospective.votesPlaced"));
        Long card = null;
        Long group = groupId;
        if ((cardId == null) == (groupId == null)) {
            throw new InvalidInputException("card", Text.of("problem.retrospective.cardOrGroup"));
        }
        if (cardId != null) {
            RetroCard c = cards.findById(cardId).filter(x -> x.retrospectiveId().equals(r.id()))
                    .orElseThrow(() -> new InvalidInputException("card", Text.of("problem.retrospective.notHere")));
            if (c.groupId() == null) {
                card = c.id();
            } else {
                group = c.groupId();
            }
        } else if (groups.findById(groupId).filter(g -> g.retrospectiveId().equals(r.id())).isEmpty()) {
            throw new InvalidInputException("group", Text.of("problem.retrospective.notHere"));
        }
        List<RetroVote> mine = votes.findByRetrospectiveIdAndPersonId(r.id(), actor.personId());
        Long onCard = card;
        Long onGroup = group;
        int onTarget = (int) mine.stream().filter(v -> Objects.equals(v.cardId(), onCard)
                && Objects.equals(v.groupId(), onGroup)).count();
        RetroRules.checkVote(mine.size(), onTarget, r.votesPerPerson(), r.maxVotesPerTarget());
        votes.saveAndFlush(new RetroVote(r.id(), actor.personId(), card, group, clock.instant()));
        pushed(project, r);
        return view(actor, project, r);
    }

    /** Takes back one of the actor's dots from a card or a group, while voting is on. */
    public RetrospectiveView unvote(Actor actor, String projectKey, long id, Long cardId, Long groupId) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.COMMENT);
        Retrospective r = find(project, id);
        RetroRules.checkStage(r.stage(), Stage.VOTE, Text.of("problem.retrospective.votesTakenBack"));
        Long group = groupId;
        Long card = cardId;
        if (cardId != null) {
            group = cards.findById(cardId).filter(c -> c.retrospectiveId().equals(r.id())).map(RetroCard::groupId)
                    .orElse(null);
            card = group == null ? cardId : null;
        }
        Long onCard = card;
        Long onGroup = group;
        RetroVote vote = votes.findByRetrospectiveIdAndPersonId(r.id(), actor.personId()).stream()
                .filter(v -> Objects.equals(v.cardId(), onCard) && Objects.equals(v.groupId(), onGroup)).findFirst()
                .orElseThrow(() -> new InvalidInputException("votes", Text.of("problem.retrospective.noVoteThere")));
        votes.delete(vote);
        votes.flush();
        pushed(project, r);
        return view(actor, project, r);
    }

    public RetrospectiveView addAction(Actor actor, String projectKey, long id, String title, String owner,
                                       LocalDate due) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.COMMENT);
        Retrospective r = find(project, id);
        RetroRules.checkStage(r.stage(), Stage.DISCUSS, Text.of("problem.retrospective.actionsAdded"));
        String name = text("title", title, MAX_TITLE);
        PersonSummary person = identity.findByUsername(owner == null ? "" : owner.strip())
                .filter(p -> portfolio.isMember(project.id(), p.id()))
                .orElseThrow(() -> new InvalidInputException("owner", Text.of("problem.retrospective.ownerNotMember",
                        project.key())));
        if (due != null && (due.getYear() < 1970 || due.getYear() > 2999)) {
            throw new InvalidInputException("due", Text.of("problem.retrospective.dateRange"));
        }
        RetroAction action = actions.saveAndFlush(new RetroAction(r.id(), name, person.id(), due, clock.instant()));
        events.publishEvent(new RetrospectiveEvent(project.id(), actor.username(), "retrospective.action-added",
                "Retrospective", project.key() + " #" + r.id(), "action: " + action.id() + "\ntitle: " + name
                + "\nowner: " + person.username() + "\ndue: " + (due == null ? "(none)" : due)));
        pushed(project, r);
        return view(actor, project, r);
    }

    /**
     * Turns an action item into a task of the project (through the work-item facade), assigned to its owner while
     * they are a member, due on its date and naming the retrospective; once only.
     */
    public RetrospectiveView actionToItem(Actor actor, String projectKey, long id, long actionId, Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_ITEMS);
        Retrospective r = find(project, id);
        RetroAction action = actions.findById(actionId).filter(a -> a.retrospectiveId().equals(r.id()))
                .orElseThrow(() -> new NotFoundException(Text.of("problem.retrospective.noActionItem", actionId)));
        if (version != null) {
            StaleVersionException.check(Text.of("problem.retrospective.actionItem", actionId), version,
                    action.version());
        }
        if (action.itemKey() != null) {
            throw new ConflictException(Text.of("problem.retrospective.actionAlreadyItem", action.itemKey()));
        }
        String owner = portfolio.isMember(project.id(), action.ownerId())
                ? identity.byIds(List.of(action.ownerId())).get(action.ownerId()).username() : null;
        ItemView item = workItems.create(actor, project.key(), new ItemFields("task", action.title(),
                "Action item of the retrospective “" + r.title() + "” (/projects/" + project.key()
                        + "/retrospectives/" + r.id() + ").", null, null, null, null, owner, null, null, null, null,
                null, null, null, null, null, action.due(), Set.of()));
        action.becameItem(item.key());
        actions.flush();
        events.publishEvent(new RetrospectiveEvent(project.id(), actor.username(), "retrospective.action-item-created",
                "Retrospective", project.key() + " #" + r.id(), "action: " + action.id() + "\ntitle: "
                + action.title() + "\nitem: " + item.key()));
        pushed(project, r);
        return view(actor, project, r);
    }

    /**
     * Tells the pages open on the retrospective that it changed. The stream names no one: a card may be anonymous.
     */
    private void pushed(ProjectRef project, Retrospective r) {
        live.announce(project.id(), "retrospective-changed", LIVE_PREFIX + r.id(), "-");
    }

    // rules

    Retrospective find(ProjectRef project, long id) {
        return retrospectives.findById(id).filter(r -> r.projectId() == project.id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.retrospective.noRetrospective", id,
                        project.key())));
    }

    static boolean mayFacilitate(Actor actor, ProjectRef project, Retrospective r) {
        return project.may(Permission.MANAGE_SPRINTS)
                || (r.facilitatorId() == actor.personId() && project.may(Permission.COMMENT));
    }

    static void checkFacilitator(Actor actor, ProjectRef project, Retrospective r) {
        if (!mayFacilitate(actor, project, r)) {
            throw new ForbiddenException(Text.of("problem.retrospective.facilitatorOnly"));
        }
    }

    private static Format format(String format) {
        try {
            return Format.valueOf(format == null ? "" : format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", Text.of("problem.retrospective.format"));
        }
    }

    private static Stage stage(String stage) {
        try {
            return stage == null ? null : Stage.valueOf(stage.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("stage",
                    Text.of("problem.input.oneOf", "COLLECT, GROUP, VOTE, DISCUSS, CLOSED"));
        }
    }

    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, Text.of("problem.input.required"));
        }
        if (value.strip().length() > max) {
            throw new InvalidInputException(field, Text.of("problem.input.tooLong", max));
        }
        return value.strip();
    }

    private RetroCard ownCard(Actor actor, Retrospective r, long cardId) {
        RetroCard card = cards.findById(cardId).filter(c -> c.retrospectiveId().equals(r.id()))
                .orElseThrow(() -> new NotFoundException(Text.of("problem.retrospective.noCard", cardId)));
        if (card.authorId() == null || card.authorId() != actor.personId()) {
            throw new ForbiddenException(Text.of("problem.retrospective.notYourCard"));
        }
        return card;
    }

    // views

    private RetrospectiveView view(Actor actor, ProjectRef project, Retrospective r) {
        List<RetroCard> all = cards.findByRetrospectiveIdOrderByIdAsc(r.id());
        List<RetroGroup> groupList = groups.findByRetrospectiveIdOrderByIdAsc(r.id());
        List<RetroVote> voteList = votes.findByRetrospectiveId(r.id());
        List<RetroAction> actionList = actions.findByRetrospectiveIdOrderByIdAsc(r.id());
        Set<Long> personIds = new HashSet<>();
        personIds.add(r.facilitatorId());
        all.stream().map(RetroCard::authorId).filter(Objects::nonNull).forEach(personIds::add);
        actionList.forEach(a -> personIds.add(a.ownerId()));
        Map<Long, PersonSummary> people = identity.byIds(personIds);
        long me = actor.personId();
        Map<Long, RetrospectiveView.Card> cardViews = all.stream().collect(Collectors.toMap(RetroCard::id, c -> {
            boolean anonymous = c.authorId() == null;
            String author = RetroRules.shownAuthor(anonymous, anonymous ? null : people.get(c.authorId()).username());
            int total = (int) voteList.stream().filter(v -> c.id().equals(v.cardId())).count();
            int mine = (int) voteList.stream().filter(v -> c.id().equals(v.cardId()) && v.personId() == me).count();
            return new RetrospectiveView.Card(c.id(), c.columnCode(), c.body(), anonymous, author, c.groupId(),
                    total, mine, !anonymous && c.authorId() == me);
        }));
        List<RetrospectiveView.Column> columns = r.format().columns().stream()
                .map(code -> new RetrospectiveView.Column(code, all.stream()
                        .filter(c -> c.columnCode().equals(code) && c.groupId() == null)
                        .map(c -> cardViews.get(c.id())).toList())).toList();
        List<RetrospectiveView.Group> groupViews = groupList.stream().map(g -> new RetrospectiveView.Group(g.id(),
                g.title(), all.stream().filter(c -> g.id().equals(c.groupId())).map(c -> cardViews.get(c.id())).toList(),
                (int) voteList.stream().filter(v -> g.id().equals(v.groupId())).count(),
                (int) voteList.stream().filter(v -> g.id().equals(v.groupId()) && v.personId() == me).count()))
                .filter(g -> !g.cards().isEmpty()).toList();
        int myVotes = (int) voteList.stream().filter(v -> v.personId() == me).count();
        List<RetrospectiveView.Action> actionViews = new ArrayList<>();
        Map<String, ItemView> items = itemsOf(actor, project, actionList);
        for (RetroAction a : actionList) {
            PersonSummary owner = people.get(a.ownerId());
            ItemView item = a.itemKey() == null ? null : items.get(a.itemKey());
            actionViews.add(new RetrospectiveView.Action(a.id(), a.title(), owner.username(), owner.displayName(),
                    !portfolio.isMember(project.id(), a.ownerId()), a.due(), a.itemKey(),
                    item == null ? null : item.status(), item == null ? null : item.statusCategory().name(),
                    a.version()));
        }
        boolean mayTakePart = project.may(Permission.COMMENT);
        return new RetrospectiveView(r.id(), project.key(), r.title(), r.kind(), r.format(), r.stage(),
                r.votesPerPerson(), r.maxVotesPerTarget(), people.get(r.facilitatorId()).username(), r.createdAt(),
                r.version(), columns, groupViews, mayTakePart ? Math.max(0, r.votesPerPerson() - myVotes) : 0,
                actionViews, mayTakePart, mayFacilitate(actor, project, r));
    }

    /** The work items action items became (one that was deleted since is missing). */
    private Map<String, ItemView> itemsOf(Actor actor, ProjectRef project, List<RetroAction> actionList) {
        if (actionList.stream().allMatch(a -> a.itemKey() == null)) {
            return Map.of();
        }
        return workItems.all(actor, project.key()).stream().collect(Collectors.toMap(ItemView::key, i -> i));
    }
}
