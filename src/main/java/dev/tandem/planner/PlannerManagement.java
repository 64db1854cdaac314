package dev.tandem.planner;

import dev.tandem.change.ChangeManagement;
import dev.tandem.change.ChangeRequestView;
import dev.tandem.change.ProposedChange;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.identity.Skill;
import dev.tandem.planner.engine.SolveControl;
import dev.tandem.planner.internal.Plan;
import dev.tandem.planner.internal.PlanSolver.Outcome;
import dev.tandem.planner.internal.PlanSolver;
import dev.tandem.planner.internal.PlanningInputs.Item;
import dev.tandem.planner.internal.PlanningInputs.Member;
import dev.tandem.planner.internal.PlanningInputs;
import dev.tandem.planner.internal.Plans;
import dev.tandem.portfolio.MemberSummary;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRef;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.schedule.BaselineComparison;
import dev.tandem.schedule.CalendarView;
import dev.tandem.schedule.ProjectSchedule;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.schedule.ScheduledItem;
import dev.tandem.schedule.engine.LinkType;
import dev.tandem.schedule.engine.WorkingCalendar;
import dev.tandem.shared.Actor;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Text;
import dev.tandem.system.ProjectCounters;
import dev.tandem.workitem.BookedWork;
import dev.tandem.workitem.DependencyView;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scheduling assistant of a project: reads, after one access check, what a plan depends on (open items,
 * dependencies, calendar, people with skills, capacity, leave and their load in other projects, pins), solves in
 * the background within a time budget with a fixed seed, and applies an accepted proposal through the work items'
 * own commands, or through a change request where the baseline needs one. At most one solve of a project runs at a
 * time: a second start is refused with 409 naming the running one (docs/contexts/planner.md).
 */
@Service
@Transactional
public class PlannerManagement implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlannerManagement.class);
    private static final TypeReference<Map<String, Long>> VERSIONS = new TypeReference<>() { };
    private static final Set<ProjectRole> BUILDERS = Set.of(ProjectRole.ENGINEER, ProjectRole.ARCHITECT, ProjectRole.EM);
    private static final int MAX_ITEMS = 2_000;
    /** A running plan older than twice its budget plus this was left by a node that stopped; it no longer blocks. */
    private static final Duration ABANDONED = Duration.ofMinutes(2);

    private final Plans plans;
    private final PortfolioManagement portfolio;
    private final WorkItemManagement workItems;
    private final ScheduleManagement schedule;
    private final IdentityManagement identity;
    private final ChangeManagement change;
    private final ProjectCounters counters;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageSource messages;
    private final JsonMapper json;
    private final TransactionTemplate separate;
    private final Duration budget;
    private final long seed;
    private final long moveLimit;
    private final Executor executor;
    private final Map<Long, SolveControl> running = new ConcurrentHashMap<>();

    PlannerManagement(Plans plans, PortfolioManagement portfolio, WorkItemManagement workItems,
                      ScheduleManagement schedule, IdentityManagement identity, ChangeManagement change,
                      ProjectCounters counters, ApplicationEventPublisher events, Clock clock, JsonMapper json,
                      PlatformTransactionManager transactions,
                      @Value("${tandem.planner.time-budget:10s}") Duration budget,
                      @Value("${tandem.planner.seed:1}") long seed,
                      @Value("${tandem.planner.move-limit:0}") long moveLimit,
                      @Value("${tandem.planner.threads:1}") int threads, MessageSource messages) {
        this.plans = plans;
        this.portfolio = portfolio;
        this.workItems = workItems;
        this.schedule = schedule;
        this.identity = identity;
        this.change = change;
        this.counters = counters;
        this.events = events;
        this.clock = clock;
        this.messages = messages;
        this.json = json;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (budget.isNegative() || budget.isZero() || budget.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("tandem.planner.time-budget must be between 0 and 10 minutes");
        }
        this.budget = budget;
        this.seed = seed;
        this.moveLimit = Math.max(0, moveLimit);
        // 0 threads: the solve runs on the caller's thread once the start commits (tests; the answer is then final)
        this.executor = threads <= 0 ? Runnable::run : new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(20), Thread.ofVirtual().name("planner-", 0).factory());
    }

    /** Starts a solve of the project; it runs in the background, so the plan answered is usually still running. */
    public PlanView start(Actor actor, String projectKey, PlanOptions options) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.PLAN_RESOURCES);
        if (options == null) {
            throw new InvalidInputException("options", Text.of("problem.planner.optionsRequired"));
        }
        // the counter's row lock is held until commit, so two starts of one project take turns here
        int number = counters.next(project.id(), "plan");
        Instant now = clock.instant();
        for (Plan other : plans.findByProjectIdAndStatus(project.id(), PlanStatus.RUNNING)) {
            if (other.startedAt().isAfter(now.minus(budget.multipliedBy(2)).minus(ABANDONED))) {
                throw new ConflictException(Text.of("problem.planner.stillRunning", other.planNumber(), project.key(),
                        other.startedBy(), other.startedAt().toString()));
            }
            other.finish(PlanStatus.FAILED, null, null, now);
        }
        PlanningInputs inputs = inputs(actor, project, options);
        Map<String, Long> versions = new TreeMap<>();
        inputs.items().forEach(i -> versions.put(i.key(), i.version()));
        Plan plan = plans.save(new Plan(project.id(), number, options, seed, json.writeValueAsString(versions),
                actor.username(), now));
        events.publishEvent(new PlanEvent(project.id(), actor.username(), "plan.started", "Plan",
                project.key() + "/" + number, "assign: " + options.assign() + "\nlevel: " + options.level()
                + "\nitems: " + inputs.items().size()));
        long id = plan.id();
        SolveControl control = new SolveControl();
        running.put(id, control);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    executor.execute(() -> solve(id, inputs, control));
                } catch (RejectedExecutionException e) {
                    running.remove(id);
                    separate.executeWithoutResult(s -> plans.findById(id)
                            .ifPresent(p -> p.finish(PlanStatus.FAILED, "too many plans waiting", null, clock.instant())));
                }
            }

            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    running.remove(id);
                }
            }
        });
        return view(plan, project.key());
    }

    private void solve(long id, PlanningInputs inputs, SolveControl control) {
        Outcome outcome;
        try {
            outcome = PlanSolver.solve(inputs, control);
        } catch (RuntimeException e) {
            log.error("Solving plan {} of {} failed", id, inputs.projectKey(), e);
            outcome = new Outcome(PlanStatus.FAILED, null, e.getClass().getSimpleName());
        } finally {
            running.remove(id);
        }
        Outcome result = outcome;
        try {
            separate.executeWithoutResult(s -> plans.findById(id).filter(p -> p.status() == PlanStatus.RUNNING)
                    .ifPresent(p -> p.finish(control.cancelled() ? PlanStatus.CANCELLED : result.status(),
                            result.score(), result.proposal() == null ? null : json.writeValueAsString(result.proposal()),
                            clock.instant())));
        } catch (ObjectOptimisticLockingFailureException e) {
            log.info("Plan {} was cancelled while its result was stored", id);
        }
    }

    @Transactional(readOnly = true)
    public PlanView get(Actor actor, String projectKey, long id) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return view(find(project, id), project.key());
    }

    /** The project's most recent plan, if it has one. */
    @Transactional(readOnly = true)
    public Optional<PlanView> latest(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return plans.findFirstByProjectIdOrderByIdDesc(project.id()).map(p -> view(p, project.key()));
    }

    /** Stops a running plan (cancelled) or sets a finished one aside (discarded); accepted plans stay as they are. */
    public PlanView cancelOrDiscard(Actor actor, String projectKey, long id) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.PLAN_RESOURCES);
        Plan plan = find(project, id);
        PlanStatus next = switch (plan.status()) {
            case RUNNING -> PlanStatus.CANCELLED;
            case READY, INFEASIBLE, FAILED -> PlanStatus.DISCARDED;
            default -> throw new ConflictException(Text.of("problem.planner.alreadyDecided", plan.planNumber(),
                    status(plan.status())));
        };
        SolveControl control = running.get(id);
        if (control != null) {
            control.cancel();
        }
        plan.decide(next, null, clock.instant());
        events.publishEvent(new PlanEvent(project.id(), actor.username(), next == PlanStatus.CANCELLED ? "plan.cancelled"
                : "plan.discarded", "Plan", project.key() + "/" + plan.planNumber(), "status: " + next));
        return view(plan, project.key());
    }

    /**
     * Applies the proposal, all of it ({@code itemKeys} null) or the items named, through the work items' commands.
     * Dates of a major technical item of a baselined project, and of the items that push a milestone past its
     * baseline, go into a new change request instead. Refused with 409, nothing applied, when any item the plan
     * read has changed since.
     */
    public AcceptedPlan accept(Actor actor, String projectKey, long id, List<String> itemKeys) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.PLAN_RESOURCES);
        Plan plan = find(project, id);
        if (plan.status() != PlanStatus.READY) {
            throw new ConflictException(Text.of("problem.planner.notReady", plan.planNumber(), status(plan.status())));
        }
        PlanProposal proposal = json.readValue(plan.proposalJson(), PlanProposal.class);
        Map<String, PlanProposal.Move> moves = proposal.moved().stream()
                .collect(Collectors.toMap(PlanProposal.Move::key, Function.identity()));
        Map<String, PlanProposal.Reassignment> reassignments = proposal.reassigned().stream()
                .collect(Collectors.toMap(PlanProposal.Reassignment::key, Function.identity()));
        Set<String> offered = new LinkedHashSet<>(moves.keySet());
        offered.addAll(reassignments.keySet());
        Set<String> chosen = chosen(itemKeys, offered);

        Map<String, ItemView> now = workItems.all(actor, project.key()).stream()
                .collect(Collectors.toMap(ItemView::key, Function.identity()));
        List<Text> changed = new ArrayList<>();
        json.readValue(plan.itemVersionsJson(), VERSIONS).forEach((key, version) -> {
            ItemView item = now.get(key);
            if (item == null) {
                changed.add(Text.of("problem.planner.itemDeleted", key));
            } else if (item.version() != version) {
                changed.add(Text.of("problem.planner.itemChanged", key, version, item.version()));
            }
        });
        if (!changed.isEmpty()) {
            Text all = changed.getLast();
            for (int i = changed.size() - 2; i >= 0; i--) {
                all = Text.of("problem.planner.andAlso", changed.get(i), all);
            }
            throw new ConflictException(Text.of("problem.planner.itemsChanged", plan.planNumber(), all));
        }

        Set<String> needReview = needReview(actor, project, proposal, moves.keySet(), now);
        List<String> applied = new ArrayList<>();
        List<String> deferred = new ArrayList<>();
        List<ProposedChange> steps = new ArrayList<>();
        for (String key : chosen) {
            PlanProposal.Move move = moves.get(key);
            PlanProposal.Reassignment reassignment = reassignments.get(key);
            boolean review = move != null && needReview.contains(key);
            if (review) {
                deferred.add(key);
                steps.add(new ProposedChange.SetDates(key, move.newStart(), move.newFinish()));
            }
            LocalDate start = move != null && !review ? move.newStart() : null;
            LocalDate finish = move != null && !review ? move.newFinish() : null;
            String assignee = reassignment != null ? reassignment.newPerson() : null;
            if (start != null || assignee != null) {
                workItems.update(actor, key, new ItemFields(null, null, null, null, null, null, null, assignee, null,
                        null, null, null, null, null, null, start, finish, null, null), now.get(key).version());
                applied.add(key);
            }
        }
        Long request = null;
        String code = null;
        if (!steps.isEmpty()) {
            ChangeRequestView draft = change.draft(actor, project.key(), text("planner.review.title", plan.planNumber()),
                    reviewReason(plan, proposal, deferred, now), steps, null, null);
            request = draft.id();
            code = draft.code();
        }
        plan.decide(PlanStatus.ACCEPTED, code, clock.instant());
        events.publishEvent(new PlanEvent(project.id(), actor.username(), "plan.accepted", "Plan",
                project.key() + "/" + plan.planNumber(), "applied: " + String.join(", ", applied)
                + (code == null ? "" : "\nchange request " + code + ": " + String.join(", ", deferred))));
        return new AcceptedPlan(view(plan, project.key()), applied, deferred, request);
    }

    private static Set<String> chosen(List<String> itemKeys, Set<String> offered) {
        if (itemKeys == null) {
            return offered;
        }
        if (itemKeys.isEmpty() || itemKeys.size() > MAX_ITEMS) {
            throw new InvalidInputException("items", Text.of("problem.planner.itemCount", MAX_ITEMS));
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String key : itemKeys) {
            String match = offered.stream().filter(k -> k.equalsIgnoreCase(key == null ? "" : key.strip()))
                    .findFirst().orElseThrow(() -> new InvalidInputException("items",
                            Text.of("problem.planner.notInProposal", String.valueOf(key))));
            chosen.add(match);
        }
        return chosen;
    }

    /**
     * The moved items whose dates need the review board: major technical items once the project is baselined, and
     * every moved item a milestone that goes past its baseline depends on (directly or not).
     */
    private Set<String> needReview(Actor actor, ProjectRef project, PlanProposal proposal, Set<String> moved,
                                   Map<String, ItemView> now) {
        Set<String> result = new HashSet<>();
        if (schedule.hasBaseline(project.id())) {
            moved.stream().filter(k -> now.get(k).majorTechnical()).forEach(result::add);
        }
        Map<String, List<String>> predecessors = new HashMap<>();
        for (DependencyView d : workItems.projectDependencies(actor, project.key())) {
            predecessors.computeIfAbsent(d.successor(), k -> new ArrayList<>()).add(d.predecessor());
        }
        for (PlanProposal.MilestoneShift milestone : proposal.milestones()) {
            if (!milestone.pastBaseline()) {
                continue;
            }
            var queue = new ArrayDeque<>(List.of(milestone.key()));
            Set<String> seen = new HashSet<>(queue);
            while (!queue.isEmpty()) {
                for (String p : predecessors.getOrDefault(queue.poll(), List.of())) {
                    if (seen.add(p)) {
                        queue.add(p);
                        if (moved.contains(p)) {
                            result.add(p);
                        }
                    }
                }
            }
        }
        return result;
    }

    private String reviewReason(Plan plan, PlanProposal proposal, List<String> deferred, Map<String, ItemView> now) {
        StringBuilder reason = new StringBuilder(text("planner.review.reason", plan.planNumber()));
        for (PlanProposal.MilestoneShift m : proposal.milestones()) {
            if (m.pastBaseline()) {
                reason.append('\n').append(text("planner.review.milestone", m.key(), String.valueOf(m.baseline()),
                        String.valueOf(m.before()), String.valueOf(m.after())));
            }
        }
        for (String key : deferred) {
            if (now.get(key).majorTechnical()) {
                reason.append('\n').append(text("planner.review.majorItem", key));
            }
        }
        return reason.length() > 4000 ? reason.substring(0, 3999) + "…" : reason.toString();
    }

    /** Each person's load by week in today's plan, with capacity: the project's capacity view. */
    @Transactional(readOnly = true)
    public PlanProposal.Load capacity(Actor actor, String projectKey) {
        ProjectRef project = portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        return PlanSolver.currentLoad(inputs(actor, project, new PlanOptions(PlanOptions.Assign.NONE, false)));
    }

    /** A plan's status as it reads inside a sentence ("Plan 3 is already accepted."). */
    private static Text status(PlanStatus status) {
        return switch (status) {
            case RUNNING -> Text.of("problem.planner.status.running");
            case READY -> Text.of("problem.planner.status.ready");
            case FAILED -> Text.of("problem.planner.status.failed");
            case INFEASIBLE -> Text.of("problem.planner.status.infeasible");
            case CANCELLED -> Text.of("problem.planner.status.cancelled");
            case ACCEPTED -> Text.of("problem.planner.status.accepted");
            case DISCARDED -> Text.of("problem.planner.status.discarded");
        };
    }

    private Plan find(ProjectRef project, long id) {
        return plans.findById(id).filter(p -> p.projectId() == project.id())
                .orElseThrow(() -> new NotFoundException(Text.of("problem.planner.noPlan", id, project.key())));
    }

    private PlanView view(Plan plan, String projectKey) {
        SolveControl control = running.get(plan.id());
        String score = plan.status() == PlanStatus.RUNNING && control != null ? control.bestScore() : plan.score();
        PlanOptions options = plan.options();
        return new PlanView(plan.id(), plan.planNumber(), projectKey, plan.status(), options.assign().name(),
                options.level(), plan.seed(), score, plan.startedBy(), plan.startedAt(), plan.finishedAt(),
                plan.changeRequest(), plan.proposalJson() == null ? null
                : json.readValue(plan.proposalJson(), PlanProposal.class));
    }

    // what a plan depends on

    private PlanningInputs inputs(Actor actor, ProjectRef project, PlanOptions options) {
        String key = project.key();
        LocalDate today = LocalDate.now(clock);
        CalendarView days = schedule.calendar(actor, key);
        WorkingCalendar calendar = WorkingCalendar.startingOn(today).workingWeekdays(days.workingWeekdays())
                .holidays(days.exceptions().stream().filter(e -> !e.working()).map(CalendarView.Exception::day).toList())
                .makeUpWorkingDays(days.exceptions().stream().filter(CalendarView.Exception::working)
                        .map(CalendarView.Exception::day).toList())
                .build();
        Map<String, ItemView> views = workItems.all(actor, key).stream()
                .collect(Collectors.toMap(ItemView::key, Function.identity()));
        ProjectSchedule plan = schedule.schedule(actor, key);
        Map<String, LocalDate> baseline = schedule.baselines(actor, key).stream().findFirst()
                .map(b -> schedule.compare(actor, key, b.id()).items().stream().filter(v -> v.baselineFinish() != null)
                        .collect(Collectors.toMap(BaselineComparison.Variance::key,
                                BaselineComparison.Variance::baselineFinish, (a, b2) -> a)))
                .orElse(Map.of());

        List<MemberSummary> members = portfolio.members(actor, key);
        Set<String> builders = members.stream().filter(m -> BUILDERS.contains(m.role())).map(MemberSummary::username)
                .collect(Collectors.toSet());
        List<ScheduledItem> open = plan.items().stream()
                .filter(i -> !i.summary() && i.statusCategory() != StatusCategory.DONE && i.start() != null)
                .toList();
        if (open.size() > MAX_ITEMS) {
            throw new InvalidInputException(Text.of("problem.planner.tooManyItems", MAX_ITEMS, key, open.size()));
        }
        Set<String> usernames = new LinkedHashSet<>(builders);
        open.stream().map(ScheduledItem::assignee).filter(a -> a != null).forEach(usernames::add);
        Map<String, PersonSummary> persons = new LinkedHashMap<>();
        for (String username : usernames) {
            identity.findByUsername(username).ifPresent(p -> persons.put(username, p));
        }
        Map<String, String> skillNames = new HashMap<>();
        persons.values().forEach(p -> p.skills().forEach(s -> skillNames.put(s.name().toLowerCase(Locale.ROOT), s.name())));

        List<Item> items = new ArrayList<>();
        for (ScheduledItem s : open) {
            ItemView v = views.get(s.key());
            BigDecimal hours = v.remainingHours() != null ? v.remainingHours() : v.estimateHours();
            String assignee = s.assignee() != null && persons.containsKey(s.assignee()) ? s.assignee() : null;
            items.add(new Item(s.key(), s.title(), "milestone".equals(s.type()), v.majorTechnical(), v.parent(),
                    assignee, s.start(), s.finish(), s.durationDays() - s.leaveDays(), hours == null ? null : hours.doubleValue(),
                    skills(v.labels(), skillNames), assignee != null && v.labels().contains("pin:person"),
                    v.labels().contains("pin:dates"), s.statusCategory() == StatusCategory.IN_PROGRESS,
                    v.plannedStart(), v.dueDate(), baseline.get(s.key()), v.version()));
        }
        List<PlanningInputs.Dependency> dependencies = workItems.projectDependencies(actor, key).stream()
                .map(d -> new PlanningInputs.Dependency(d.predecessor(), d.successor(), linkType(d.type().name()),
                        d.lagDays()))
                .toList();

        int weekdays = days.workingWeekdays().size();
        LocalDate until = today.plusYears(2);
        Map<Long, Set<LocalDate>> leave = identity.leaveOf(persons.values().stream().map(PersonSummary::id).toList(),
                today, until);
        Map<String, Map<LocalDate, Integer>> booked = booked(actor, key, persons, calendar, today, weekdays);
        List<Member> people = new ArrayList<>();
        for (PersonSummary p : persons.values()) {
            int daily = p.weeklyCapacityHours().divide(BigDecimal.valueOf(weekdays), 0, RoundingMode.HALF_UP).intValue();
            Map<String, Integer> skills = p.skills().stream()
                    .collect(Collectors.toMap(Skill::name, Skill::level, Math::max));
            people.add(new Member(p.username(), p.displayName(), skills, daily, p.active() && builders.contains(p.username()),
                    leave.getOrDefault(p.id(), Set.of()), booked.getOrDefault(p.username(), Map.of())));
        }
        return new PlanningInputs(key, calendar, items, dependencies, people, options, seed, budget, moveLimit);
    }

    /** Other projects' hours on each date: a booked item's hours spread evenly over its working days. */
    private Map<String, Map<LocalDate, Integer>> booked(Actor actor, String key, Map<String, PersonSummary> persons,
                                                        WorkingCalendar calendar, LocalDate today, int weekdays) {
        Map<String, Map<LocalDate, Integer>> booked = new HashMap<>();
        for (BookedWork work : workItems.bookedElsewhere(actor, key, persons.keySet(), today)) {
            List<LocalDate> dates = work.start().datesUntil(work.finish().plusDays(1)).filter(calendar::isWorkingDay)
                    .toList();
            if (dates.isEmpty() || dates.size() > 2 * 366) {
                continue;
            }
            PersonSummary person = persons.get(work.username());
            int perDay = work.hours() == null
                    ? person.weeklyCapacityHours().divide(BigDecimal.valueOf(weekdays), 0, RoundingMode.HALF_UP).intValue()
                    : work.hours().divide(BigDecimal.valueOf(dates.size()), 0, RoundingMode.CEILING).intValue();
            Map<LocalDate, Integer> byDate = booked.computeIfAbsent(work.username(), u -> new HashMap<>());
            dates.stream().filter(d -> !d.isBefore(today)).forEach(d -> byDate.merge(d, perDay, Integer::sum));
        }
        return booked;
    }

    /**
     * The skills an item needs, from its labels: {@code skill:Kotlin} (level 1) or {@code skill:Kotlin:3}; an
     * underscore stands for a space, and a name matches people's skills whatever its case.
     */
    static Map<String, Integer> skills(Collection<String> labels, Map<String, String> known) {
        Map<String, Integer> skills = new HashMap<>();
        for (String label : labels) {
            if (!label.regionMatches(true, 0, "skill:", 0, 6)) {
                continue;
            }
            String[] parts = label.substring(6).split(":");
            String name = parts[0].replace('_', ' ').strip();
            int level = 1;
            if (parts.length > 1 && parts[1].matches("[1-5]")) {
                level = Integer.parseInt(parts[1]);
            }
            if (!name.isEmpty()) {
                skills.merge(known.getOrDefault(name.toLowerCase(Locale.ROOT), name), level, Math::max);
            }
        }
        return skills;
    }

    private static LinkType linkType(String type) {
        return switch (type) {
            case "SS" -> LinkType.START_TO_START;
            case "FF" -> LinkType.FINISH_TO_FINISH;
            case "SF" -> LinkType.START_TO_FINISH;
            default -> LinkType.FINISH_TO_START;
        };
    }

    @Override
    public void close() {
        if (executor instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }

    /** A sentence Tandem writes for a person, in the language of the request that makes it write. */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
