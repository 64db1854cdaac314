package dev.tandem.change;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.change.engine.ChangeImpact;
import dev.tandem.change.engine.ReviewTally;
import dev.tandem.change.internal.ChangeRequest;
import dev.tandem.change.internal.ChangeRequests;
import dev.tandem.change.internal.ReviewBoard;
import dev.tandem.change.internal.ReviewBoards;
import dev.tandem.change.internal.Reviewers;
import dev.tandem.change.internal.Vote;
import dev.tandem.change.internal.Votes;
import dev.tandem.schedule.PlanSnapshot;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.ForbiddenException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ApprovedChange;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import dev.tandem.system.ProjectCounters;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change-control loop: anyone in a project drafts a change request, its submission computes the impact, the
 * review board (configured members, by default the project's PM, EM and architects) votes, and approval applies the
 * whole change and captures a new baseline in one transaction. Nothing else moves a baseline once the first one exists.
 */
@Service
@Transactional
public class ChangeManagement {

    private static final String OPERATIONS = "addDependency, addItem, removeItem, setAssignee, setDates, setEstimate";
    private static final int MAX_CHANGES = 100;
    /** Written and read as this list type, so that every step carries its {@code op}. */
    private static final TypeReference<List<ProposedChange>> STEPS = new TypeReference<>() { };

    private final ChangeRequests requests;
    private final Votes votes;
    private final ReviewBoards boards;
    private final Reviewers boardMembers;
    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;
    private final ScheduleManagement schedules;
    private final IdentityManagement identity;
    private final JdbcTemplate jdbc;
    private final ProjectCounters counters;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeManagement(ChangeRequests requests, Votes votes, ReviewBoards boards, Reviewers boardMembers,
                     PortfolioManagement portfolio, WorkItemManagement workItems, ScheduleManagement schedules,
                     IdentityManagement identity, JdbcTemplate jdbc, ProjectCounters counters, JsonMapper json,
                     ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.votes = votes;
        this.boards = boards;
        this.boardMembers = boardMembers;
        this.portfolio = portfolio;
        this.workItems = workItems;
        this.schedules = schedules;
        this.identity = identity;
        this.jdbc = jdbc;
        this.counters = counters;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    public ChangeRequestView draft(Actor actor, String projectKey, String title, String reason,
                                   List<ProposedChange> changes, Integer qualityRating, String qualityRationale) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        if (project.role() == null && !project.admin()) {
            throw new ForbiddenException(Text.of("problem.change.membersDraft", project.key()));
        }
        String cleanTitle = text("title", title, 200);
        String cleanReason = text("reason", reason, 4000);
        if (qualityRating != null && (qualityRating < 1 || qualityRating > 5)) {
            throw new InvalidInputException("qualityRating", Text.of("problem.input.between", "1", "5"));
        }
        if (qualityRationale != null && qualityRationale.length() > 2000) {
            throw new InvalidInputException("qualityRationale", Text.of("problem.input.tooLong", 2000));
        }
        validate(actor, projectKey, changes);
        var request = requests.save(new ChangeRequest(project.id(), counters.next(project.id(), "change-request"), cleanTitle,
                cleanReason, actor.username(), json.writerFor(STEPS).writeValueAsString(changes), qualityRating,
                qualityRationale, clock.instant()));
        events.publishEvent(new ChangeEvent.Drafted(project.id(), actor.username(),
                project.key() + "/" + request.code(), cleanTitle + "\nchanges: " + changes.size(), cleanReason));
        return view(actor, project, request);
    }


    /** Computes and stores the impact assessment and puts the request before the review board. */
    public ChangeRequestView submit(Actor actor, long id) {
        var found = find(actor, id, true);
        ChangeRequest request = found.request();
        requireRequesterOrPm(actor, found.project(), request);
        if (request.state() != ChangeState.DRAFT) {
            throw new ConflictException(Text.of("problem.change.onlyDraftSubmitted", request.code(), describe(request.state())));
        }
        // the plan is read once; the conflicts and the whole impact are computed on it
        PlanSnapshot plan = schedules.snapshot(actor, found.project().key());
        List<String> conflicts = conflicts(plan.items(), changes(request));
        if (!conflicts.isEmpty()) {
            throw new ConflictException(Text.of("problem.change.itemsGone", request.code(), String.join(", ", conflicts)));
        }
        request.submitted(json.writeValueAsString(assess(plan, found.project(), request)), clock.instant());
        requests.flush();
        List<String> reviewers = reviewers(found.project().id()).stream().map(MemberSummary::username).toList();
        events.publishEvent(new ChangeEvent.Submitted(found.project().id(), actor.username(),
                found.project().key() + "/" + request.code(), "reviewers: " + String.join(", ", reviewers)));
        events.publishEvent(new ChangeRequestSubmitted(request.id(), found.project().key(), request.code(),
                request.title(), request.requestedBy(), reviewers));
        return view(actor, found.project(), request);
    }

    /** Drops the steps whose items were deleted meanwhile, re-assesses the rest and starts the vote afresh. */
    public ChangeRequestView refresh(Actor actor, long id) {
        var found = find(actor, id, true);
        ChangeRequest request = found.request();
        requireRequesterOrPm(actor, found.project(), request);
        if (request.state() != ChangeState.IN_REVIEW && request.state() != ChangeState.DRAFT) {
            throw new ConflictException(Text.of("problem.change.cannotChange", request.code(), describe(request.state())));
        }
        PlanSnapshot plan = schedules.snapshot(actor, found.project().key());
        Set<String> existing = plan.items().stream().map(ItemView::key).collect(Collectors.toSet());
        List<ProposedChange> kept = changes(request).stream().filter(c -> c.referencedItems().stream()
                .allMatch(existing::contains)).toList();
        if (kept.isEmpty()) {
            throw new ConflictException(Text.of("problem.change.everyStepGone", request.code()));
        }
        request.replaceChanges(json.writerFor(STEPS).writeValueAsString(kept));
        boolean inReview = request.state() == ChangeState.IN_REVIEW;
        if (inReview) {
            votes.deleteByChangeRequestId(request.id());
            request.submitted(json.writeValueAsString(assess(plan, found.project(), request)), clock.instant());
        }
        requests.flush();
        events.publishEvent(new ChangeEvent.Refreshed(found.project().id(), actor.username(),
                found.project().key() + "/" + request.code(), "steps kept: " + kept.size()));
        if (inReview) {
            // the vote starts afresh, so those who voted are asked again
            events.publishEvent(new ChangeRequestSubmitted(request.id(), found.project().key(), request.code(),
                    request.title(), request.requestedBy(),
                    reviewers(found.project().id()).stream().map(MemberSummary::username).toList()));
        }
        return view(actor, found.project(), request);
    }

    public ChangeRequestView withdraw(Actor actor, long id) {
        var found = find(actor, id, true);
        ChangeRequest request = found.request();
        requireRequesterOrPm(actor, found.project(), request);
        if (request.state() != ChangeState.DRAFT && request.state() != ChangeState.IN_REVIEW) {
            throw new ConflictException(Text.of("problem.change.cannotWithdraw", request.code(), describe(request.state())));
        }
        request.withdrawn(clock.instant());
        requests.flush();
        events.publishEvent(new ChangeEvent.Withdrawn(found.project().id(), actor.username(),
                found.project().key() + "/" + request.code()));
        events.publishEvent(new ChangeRequestClosed(request.id()));
        return view(actor, found.project(), request);
    }

    /**
     * A review board member's vote; a second vote replaces the first. The request row is locked while the vote is
     * counted, so concurrent votes are decided one after the other and an approval is applied exactly once.
     */
    public ChangeRequestView vote(Actor actor, long id, VoteDecision decision, String comment) {
        var found = find(actor, id, true);
        ChangeRequest request = found.request();
        ProjectRef project = found.project();
        if (decision == null) {
            throw new InvalidInputException("decision", Text.of("problem.change.decision"));
        }
        if (comment != null && comment.length() > 2000) {
            throw new InvalidInputException("comment", Text.of("problem.input.tooLong", 2000));
        }
        List<MemberSummary> reviewers = reviewers(project.id());
        MemberSummary reviewer = reviewers.stream().filter(m -> m.personId() == actor.personId()).findFirst()
                .orElseThrow(() -> new ForbiddenException(Text.of("problem.change.boardVotes", project.key(),
                        reviewers.stream().map(MemberSummary::username).collect(Collectors.joining(", ")))));
        if (request.state() != ChangeState.IN_REVIEW) {
            throw new ConflictException(Text.of("problem.change.noMoreVotes", request.code(), describe(request.state())));
        }
        if (decision == VoteDecision.APPROVE) {
            List<String> conflicts = conflicts(actor, project, changes(request));
            if (!conflicts.isEmpty()) {
                throw new ConflictException(Text.of("problem.change.refreshBeforeApproving", request.code(),
                        String.join(", ", conflicts)));
            }
        }
        Vote vote = votes.findByChangeRequestIdAndPersonId(request.id(), actor.personId()).orElse(null);
        boolean replaced = vote != null;
        if (vote == null) {
            vote = new Vote(request.id(), actor.personId(), actor.username());
        }
        vote.cast(decision, comment == null || comment.isBlank() ? null : comment.strip(), clock.instant());
        votes.saveAndFlush(vote);
        events.publishEvent(new ChangeEvent.VoteCast(project.id(), actor.username(),
                project.key() + "/" + request.code(), reviewer.role() + ": " + decision, comment, replaced));
        events.publishEvent(new ChangeRequestVoted(request.id(), actor.username()));
        decide(actor, project, request, reviewers);
        return view(actor, project, request);
    }

    private void decide(Actor actor, ProjectRef project, ChangeRequest request, List<MemberSummary> reviewers) {
        ReviewBoard board = board(project.id());
        Map<Long, Vote> cast = votes.findByChangeRequestIdOrderByVotedAt(request.id()).stream()
                .collect(Collectors.toMap(Vote::personId, Function.identity()));
        var outcome = ReviewTally.decide(board.decisionRule(), board.quorum(), board.vetoRole(),
                reviewers.stream().collect(Collectors.toMap(MemberSummary::personId, MemberSummary::role)),
                cast.values().stream().collect(Collectors.toMap(Vote::personId, Vote::decision)));
        if (outcome == ReviewTally.Outcome.PENDING) {
            return;
        }
        boolean approved = outcome == ReviewTally.Outcome.APPROVED;
        String note = clip(cast.values().stream().map(v -> v.username() + ": " + v.decision()
                + (v.comment() == null ? "" : " — " + v.comment())).collect(Collectors.joining("\n")), 4000);
        if (approved) {
            List<String> conflicts = conflicts(actor, project, changes(request));
            if (!conflicts.isEmpty()) {
                throw new ConflictException(Text.of("problem.change.refreshBeforeDeciding", request.code(),
                        String.join(", ", conflicts)));
            }
            apply(actor, project, request);
            String baseline = clip(request.code() + " " + request.title(), 128);
            schedules.captureBaselineForApprovedChange(actor, project.key(), baseline);
            request.applied(baseline, note, clock.instant());
            events.publishEvent(new ChangeEvent.Decided(project.id(), actor.username(),
                    project.key() + "/" + request.code(), "baseline: " + baseline, note, true));
        } else {
            request.rejected(note, clock.instant());
            events.publishEvent(new ChangeEvent.Decided(project.id(), actor.username(),
                    project.key() + "/" + request.code(), null, note, false));
        }
        events.publishEvent(new ChangeRequestClosed(request.id()));
        requests.flush();
    }

    /**
     * Applies every step through the work-item facade's approved-change command, so history and audit record each edit
     * under the name of the approver whose vote decided; the board's approval, not that person's role, permits them.
     */
    private void apply(Actor approver, ProjectRef project, ChangeRequest request) {
        ApprovedChange approved = workItems.approvedChange(approver, project.key());
        for (ProposedChange c : changes(request)) {
            switch (c) {
                case ProposedChange.SetEstimate e -> approved.update(e.item(), new ItemFields(null, null, null, null,
                        null, null, null, null, null, null, e.storyPoints(), e.estimateHours(), null, e.mostLikelyDays(),
                        null, null, null, null,
                        e.mostLikelyDays() != null ? Set.of("optimisticDays", "pessimisticDays") : Set.of()));
                case ProposedChange.SetDates d -> approved.update(d.item(), new ItemFields(null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, d.plannedStart(), d.plannedFinish(),
                        null, Set.of()));
                case ProposedChange.SetAssignee a -> approved.update(a.item(), new ItemFields(null, null, null, null,
                        null, null, null, a.assignee(), null, null, null, null, null, null, null, null, null, null,
                        Set.of()));
                case ProposedChange.RemoveItem r -> approved.delete(r.item());
                case ProposedChange.AddDependency d -> approved.addDependency(d.item(), d.predecessor(), d.type(), d.lagDays());
                case ProposedChange.AddItem a -> {
                    ItemView created = approved.create(new ItemFields(a.type(), a.title(), null, null, null, null, null,
                            a.assignee(), null, null, a.storyPoints(), a.estimateHours(), null, a.mostLikelyDays(), null,
                            a.plannedStart(), a.plannedFinish(), null, Set.of()));
                    for (String predecessor : a.predecessors() == null ? List.<String>of() : a.predecessors()) {
                        approved.addDependency(created.key(), predecessor, "FS", 0);
                    }
                }
                case ProposedChange.Unrecognised u -> throw new IllegalStateException("unvalidated operation " + u.op());
            }
        }
    }

    @Transactional(readOnly = true)
    public ChangeRequestView get(Actor actor, long id) {
        var found = find(actor, id, false);
        return view(actor, found.project(), found.request());
    }

    @Transactional(readOnly = true)
    public List<ChangeRequestView> list(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return requests.findByProjectIdOrderByNumberDesc(project.id()).stream().map(r -> view(actor, project, r)).toList();
    }

    // the board and its rates

    /**
     * The board's settings; {@code reviewers} are its members now (the PM, EM and architects while nobody is listed),
     * {@code quorum} the votes a QUORUM decision needs.
     */
    public record BoardSettings(DecisionRule rule, Integer quorum, ProjectRole vetoRole, String currency,
                                List<String> reviewers, Map<String, BigDecimal> roleRates,
                                Map<String, BigDecimal> personRates, long version) {
    }

    @Transactional(readOnly = true)
    public BoardSettings boardSettings(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        ReviewBoard board = boards.findById(project.id()).orElseGet(() -> new ReviewBoard(project.id()));
        Map<String, BigDecimal> roleRates = new java.util.TreeMap<>();
        jdbc.query("select role, hourly_rate from rate_card where project_id = ?",
                rs -> { roleRates.put(rs.getString(1), rs.getBigDecimal(2)); }, project.id());
        Map<String, BigDecimal> personRates = new java.util.TreeMap<>();
        jdbc.query("select p.username, r.hourly_rate from person_rate r join person p on p.id = r.person_id where r.project_id = ?",
                rs -> { personRates.put(rs.getString(1), rs.getBigDecimal(2)); }, project.id());
        return new BoardSettings(board.decisionRule(), board.quorum(), board.vetoRole(), board.currency(),
                reviewers(project.id()).stream().map(MemberSummary::username).toList(), roleRates, personRates, board.version());
    }

    /**
     * Changes what is given and keeps the rest. {@code reviewers} lists the board's members by username: project
     * members only, at least one. {@code quorum} is needed with the QUORUM rule and lies between 1 and the board's size.
     */
    public BoardSettings configureBoard(Actor actor, String projectKey, DecisionRule rule, Integer quorum,
                                        ProjectRole vetoRole, String currency, List<String> reviewerNames,
                                        Map<String, BigDecimal> roleRates, Map<String, BigDecimal> personRates,
                                        Long version) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.EDIT_PROJECT);
        ReviewBoard board = boards.findById(project.id()).orElseGet(() -> boards.save(new ReviewBoard(project.id())));
        StaleVersionException.check(Text.of("problem.change.board", project.key()), version, board.version());
        if (vetoRole != null && !Reviewers.DEFAULT_ROLES.contains(vetoRole)) {
            throw new InvalidInputException("vetoRole", Text.of("problem.change.vetoRole"));
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw new InvalidInputException("currency", Text.of("problem.change.currency"));
        }
        Set<Long> memberIds = reviewerNames == null ? board.memberIds() : boardMembers(project, reviewerNames);
        DecisionRule newRule = rule == null ? board.decisionRule() : rule;
        Integer newQuorum = quorum == null ? board.quorum() : quorum;
        int boardSize = reviewerNames == null ? reviewers(project.id()).size() : memberIds.size();
        if (newRule == DecisionRule.QUORUM && newQuorum == null) {
            throw new InvalidInputException("quorum", Text.of("problem.change.quorumRequired"));
        }
        if ((quorum != null || newRule == DecisionRule.QUORUM) && (newQuorum < 1 || newQuorum > boardSize)) {
            throw new InvalidInputException("quorum", Text.of("problem.change.quorumRange", boardSize));
        }
        board.configure(newRule, vetoRole == null ? board.vetoRole() : vetoRole,
                currency == null ? board.currency() : currency, newQuorum, memberIds);
        if (roleRates != null) {
            roleRates.forEach((role, rate) -> {
                ProjectRole projectRole;
                try {
                    projectRole = ProjectRole.valueOf(role);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("roleRates", Text.of("problem.change.unknownRole", role));
                }
                jdbc.update("delete from rate_card where project_id = ? and role = ?", project.id(), projectRole.name());
                if (rate != null) {
                    jdbc.update("insert into rate_card (project_id, role, hourly_rate) values (?, ?, ?)", project.id(),
                            projectRole.name(), checkedRate(rate));
                }
            });
        }
        if (personRates != null) {
            personRates.forEach((username, rate) -> {
                long personId = identity.findByUsername(username)
                        .orElseThrow(() -> new InvalidInputException("personRates",
                                Text.of("problem.change.nobody", username))).id();
                jdbc.update("delete from person_rate where project_id = ? and person_id = ?", project.id(), personId);
                if (rate != null) {
                    jdbc.update("insert into person_rate (project_id, person_id, hourly_rate) values (?, ?, ?)",
                            project.id(), personId, checkedRate(rate));
                }
            });
        }
        boards.flush();
        events.publishEvent(new ChangeEvent.ReviewBoardConfigured(project.id(), actor.username(), project.key(),
                "rule: " + board.decisionRule() + "\nquorum: " + board.quorum() + "\nvetoRole: " + board.vetoRole()
                        + "\ncurrency: " + board.currency() + "\nreviewers: " + String.join(", ",
                        reviewers(project.id()).stream().map(MemberSummary::username).toList())));
        return boardSettings(actor, projectKey);
    }

    private static BigDecimal checkedRate(BigDecimal rate) {
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            throw new InvalidInputException("rate", Text.of("problem.change.rate"));
        }
        return rate;
    }

    // helpers

    private record Found(ProjectRef project, ChangeRequest request) {
    }

    private Found find(Actor actor, long id, boolean forDecision) {
        var request = (forDecision ? requests.findForDecision(id) : requests.findById(id))
                .orElseThrow(() -> new NotFoundException(Text.of("problem.change.noRequest", id)));
        try {
            return new Found(portfolio.access(actor, request.projectId(), Permission.VIEW_PROJECT), request);
        } catch (NotFoundException e) {
            throw new NotFoundException(Text.of("problem.change.noRequest", id));
        }
    }

    /** The board's members now (see {@link Reviewers#of}). */
    private List<MemberSummary> reviewers(long projectId) {
        return boardMembers.of(projectId);
    }

    /** The person ids of the named project members; refuses an empty list and names everyone who is not a member. */
    private Set<Long> boardMembers(ProjectRef project, List<String> usernames) {
        if (usernames.isEmpty()) {
            throw new InvalidInputException("reviewers", Text.of("problem.change.noReviewers"));
        }
        Map<String, Long> members = portfolio.membersOf(project.id()).stream()
                .collect(Collectors.toMap(MemberSummary::username, MemberSummary::personId));
        List<String> strangers = usernames.stream().filter(u -> !members.containsKey(u)).distinct().toList();
        if (!strangers.isEmpty()) {
            throw new InvalidInputException("reviewers", Text.of("problem.change.reviewersNotMembers", project.key(),
                    String.join(", ", strangers)));
        }
        return usernames.stream().map(members::get).collect(Collectors.toSet());
    }

    private ReviewBoard board(long projectId) {
        return boardMembers.board(projectId);
    }

    private ImpactAssessment assess(PlanSnapshot plan, ProjectRef project, ChangeRequest request) {
        return ChangeImpact.assess(plan, rates(project.id()), changes(request), request.qualityRating(),
                request.qualityRationale(), board(project.id()).currency());
    }

    /** Hourly rates by username: a member's own rate, else the rate of their role in the project. */
    private Map<String, BigDecimal> rates(long projectId) {
        Map<ProjectRole, BigDecimal> byRole = new java.util.HashMap<>();
        jdbc.query("select role, hourly_rate from rate_card where project_id = ?",
                rs -> { byRole.put(ProjectRole.valueOf(rs.getString(1)), rs.getBigDecimal(2)); }, projectId);
        Map<Long, BigDecimal> byPerson = new java.util.HashMap<>();
        jdbc.query("select person_id, hourly_rate from person_rate where project_id = ?",
                rs -> { byPerson.put(rs.getLong(1), rs.getBigDecimal(2)); }, projectId);
        Map<String, BigDecimal> rates = new java.util.HashMap<>();
        for (MemberSummary m : portfolio.membersOf(projectId)) {
            BigDecimal rate = byPerson.getOrDefault(m.personId(), byRole.get(m.role()));
            if (rate != null) {
                rates.put(m.username(), rate);
            }
        }
        return rates;
    }

    private static void requireRequesterOrPm(Actor actor, ProjectRef project, ChangeRequest request) {
        if (!actor.username().equals(request.requestedBy()) && !project.may(Permission.EDIT_PROJECT)) {
            throw new ForbiddenException(Text.of("problem.change.requesterOrPm", request.requestedBy(), request.code()));
        }
    }

    private List<ProposedChange> changes(ChangeRequest request) {
        return json.readValue(request.changesJson(), STEPS);
    }

    private void validate(Actor actor, String projectKey, List<ProposedChange> changes) {
        if (changes == null || changes.isEmpty()) {
            throw new InvalidInputException("changes", Text.of("problem.change.noSteps"));
        }
        if (changes.size() > MAX_CHANGES) {
            throw new InvalidInputException("changes", Text.of("problem.change.tooManySteps", MAX_CHANGES));
        }
        Set<String> keys = workItems.all(actor, projectKey).stream().map(ItemView::key).collect(Collectors.toSet());
        Set<String> removed = new java.util.HashSet<>();
        for (int n = 0; n < changes.size(); n++) {
            ProposedChange c = changes.get(n);
            String at = "changes[" + n + "]";
            if (c == null) {
                throw new InvalidInputException(at, Text.of("problem.change.nullStep"));
            }
            if (c instanceof ProposedChange.AddItem a && a.predecessors() != null && a.predecessors().size() > 20) {
                throw new InvalidInputException(at + ".predecessors", Text.of("problem.change.tooManyPredecessors"));
            }
            for (String key : c.referencedItems()) {
                if (!keys.contains(key)) {
                    throw new InvalidInputException(at, Text.of("problem.change.noItem", projectKey, key));
                }
                if (removed.contains(key)) {
                    throw new InvalidInputException(at, Text.of("problem.change.removedEarlier", key));
                }
            }
            switch (c) {
                case ProposedChange.SetEstimate e -> {
                    item(at, e.item());
                    bounded(at + ".mostLikelyDays", e.mostLikelyDays());
                    bounded(at + ".estimateHours", e.estimateHours());
                    bounded(at + ".storyPoints", e.storyPoints());
                    if (e.mostLikelyDays() == null && e.estimateHours() == null && e.storyPoints() == null) {
                        throw new InvalidInputException(at, Text.of("problem.change.setEstimateEmpty"));
                    }
                }
                case ProposedChange.SetDates d -> {
                    item(at, d.item());
                    dates(at, d.plannedStart(), d.plannedFinish());
                    if (d.plannedStart() == null && d.plannedFinish() == null) {
                        throw new InvalidInputException(at, Text.of("problem.change.setDatesEmpty"));
                    }
                }
                case ProposedChange.SetAssignee a -> {
                    item(at, a.item());
                    assignee(at, a.assignee());
                }
                case ProposedChange.AddItem a -> {
                    bounded(at + ".mostLikelyDays", a.mostLikelyDays());
                    bounded(at + ".estimateHours", a.estimateHours());
                    bounded(at + ".storyPoints", a.storyPoints());
                    dates(at, a.plannedStart(), a.plannedFinish());
                    assignee(at, a.assignee());
                    text(at + ".title", a.title(), 255);
                    text(at + ".type", a.type(), 12);
                }
                case ProposedChange.RemoveItem r -> {
                    item(at, r.item());
                    removed.add(r.item());
                }
                case ProposedChange.AddDependency d -> {
                    if (d.lagDays() != null && Math.abs(d.lagDays()) > 1000) {
                        throw new InvalidInputException(at + ".lagDays", Text.of("problem.change.lagDays"));
                    }
                    if (d.type() != null && !Set.of("FS", "SS", "FF", "SF").contains(d.type().toUpperCase())) {
                        throw new InvalidInputException(at + ".type", Text.of("problem.input.oneOf", "FS, SS, FF, SF"));
                    }
                    item(at, d.item());
                }
                case ProposedChange.Unrecognised u ->
                        throw new InvalidInputException(at + ".op", Text.of("problem.input.oneOf", OPERATIONS));
            }
        }
    }

    private static void item(String at, String item) {
        if (item == null) {
            throw new InvalidInputException(at + ".item", Text.of("problem.change.noItemNamed"));
        }
    }

    private static void dates(String at, LocalDate... dates) {
        for (LocalDate date : dates) {
            if (date != null && (date.getYear() < 1970 || date.getYear() > 2999)) {
                throw new InvalidInputException(at, Text.of("problem.change.dateRange"));
            }
        }
    }

    private static void assignee(String at, String assignee) {
        if (assignee != null && assignee.length() > 64) {
            throw new InvalidInputException(at + ".assignee", Text.of("problem.input.tooLong", 64));
        }
    }

    private static void bounded(String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(10_000)) > 0)) {
            throw new InvalidInputException(field, Text.of("problem.input.between", "0", "10000"));
        }
    }

    /** The items a request refers to that no longer exist. */
    private List<String> conflicts(Actor actor, ProjectRef project, List<ProposedChange> changes) {
        return conflicts(workItems.all(actor, project.key()), changes);
    }

    private static List<String> conflicts(List<ItemView> items, List<ProposedChange> changes) {
        Set<String> existing = items.stream().map(ItemView::key).collect(Collectors.toSet());
        return changes.stream().flatMap(c -> c.referencedItems().stream()).filter(k -> !existing.contains(k))
                .distinct().toList();
    }

    private ChangeRequestView view(Actor actor, ProjectRef project, ChangeRequest r) {
        List<ChangeRequestView.VoteView> cast = r.id() == null ? List.of()
                : votes.findByChangeRequestIdOrderByVotedAt(r.id()).stream()
                .map(v -> new ChangeRequestView.VoteView(v.username(), identity.findByUsername(v.username())
                        .map(PersonSummary::displayName).orElse(v.username()), v.decision(), v.comment(), v.votedAt()))
                .toList();
        List<ProposedChange> changes = changes(r);
        boolean open = r.state() == ChangeState.DRAFT || r.state() == ChangeState.IN_REVIEW;
        return new ChangeRequestView(r.id(), r.code(), project.key(), r.title(), r.reason(), r.requestedBy(), r.state(),
                changes, r.impactJson() == null ? null : json.readValue(r.impactJson(), ImpactAssessment.class), cast,
                reviewers(project.id()).stream().map(MemberSummary::username).toList(),
                open ? conflicts(actor, project, changes) : List.of(), r.decisionNote(), r.baselineName(), r.version(),
                r.createdAt(), r.submittedAt(), r.decidedAt());
    }

    private static Text describe(ChangeState state) {
        return switch (state) {
            case DRAFT -> Text.of("problem.change.state.draft");
            case IN_REVIEW -> Text.of("problem.change.state.inReview");
            case APPLIED -> Text.of("problem.change.state.applied");
            case REJECTED -> Text.of("problem.change.state.rejected");
            case WITHDRAWN -> Text.of("problem.change.state.withdrawn");
        };
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, Text.of("problem.input.empty"));
        }
        if (value.strip().length() > max) {
            throw new InvalidInputException(field, Text.of("problem.input.tooLong", max));
        }
        return value.strip();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
