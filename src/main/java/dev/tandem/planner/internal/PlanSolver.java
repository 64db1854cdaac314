package dev.tandem.planner.internal;

import dev.tandem.planner.PlanProposal.Message;
import dev.tandem.planner.internal.PlanningInputs.Item;
import dev.tandem.planner.internal.PlanningInputs.Member;
import dev.tandem.planner.engine.Activity;
import dev.tandem.planner.engine.Assigner;
import dev.tandem.planner.engine.AssignmentResult;
import dev.tandem.planner.engine.Infeasibility;
import dev.tandem.planner.engine.ItemLink;
import dev.tandem.planner.engine.Leveler;
import dev.tandem.planner.engine.LevelingProblem;
import dev.tandem.planner.engine.LevelingResult;
import dev.tandem.planner.engine.LevelingSettings;
import dev.tandem.planner.engine.Link;
import dev.tandem.planner.engine.Person;
import dev.tandem.planner.engine.Proposal;
import dev.tandem.planner.engine.Resource;
import dev.tandem.planner.engine.WorkItem;
import dev.tandem.schedule.engine.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import dev.tandem.planner.PlanOptions;
import dev.tandem.planner.PlanProposal;
import dev.tandem.planner.PlanStatus;

/**
 * Turns a project's inputs into the engine's problems (working days from today, hours a day, people as resources),
 * runs the leveler and then the assigner, and turns their answers back into dates and a {@link PlanProposal}. Plain
 * Java, no Spring: the facade reads and stores, this computes.
 */
public final class PlanSolver {

    /** Hours a day an item without an estimate takes, at most its person's capacity. */
    static final int FULL_DAY = 8;
    static final int MAX_WEEKS = 26;

    public record Outcome(PlanStatus status, PlanProposal proposal, String score) {
    }

    private final PlanningInputs in;
    private final WorkingCalendar calendar;
    private final List<Item> items;
    private final List<Member> people;
    private final Map<String, Integer> itemIndex = new HashMap<>();
    private final Map<String, Integer> personIndex = new HashMap<>();
    private final int[] current;
    private final int[] duration;
    private final int[] hoursPerDay;
    private final boolean[] toAssign;
    private final int horizon;

    private PlanSolver(PlanningInputs in) {
        this.in = in;
        this.calendar = in.calendar();
        this.items = in.items();
        this.people = in.people();
        int n = items.size();
        current = new int[n];
        duration = new int[n];
        hoursPerDay = new int[n];
        toAssign = new boolean[n];
        for (int p = 0; p < people.size(); p++) {
            personIndex.put(people.get(p).username(), p);
        }
        int latest = 0;
        int total = 0;
        for (int i = 0; i < n; i++) {
            Item item = items.get(i);
            itemIndex.put(item.key(), i);
            // a milestone falls on the last day of the work before it: its index is that day's exclusive finish
            current[i] = Math.max(0, item.milestone() ? calendar.finishIndexOf(item.finish())
                    : calendar.startIndexOf(item.start()));
            duration[i] = item.milestone() ? 0 : item.started()
                    ? Math.max(1, calendar.finishIndexOf(item.finish()) - current[i]) : Math.max(1, item.days());
            Member assignee = item.assignee() == null ? null : people.get(personIndex.get(item.assignee()));
            toAssign[i] = !item.milestone() && !(item.pinPerson() && assignee != null)
                    && (assignee == null ? in.options().assign() != PlanOptions.Assign.NONE
                    : in.options().assign() == PlanOptions.Assign.ALL);
            int most = toAssign[i] ? candidates(item).stream().mapToInt(p -> people.get(p).dailyHours()).max().orElse(FULL_DAY)
                    : assignee != null ? assignee.dailyHours() : FULL_DAY;
            int wanted = item.hours() == null ? FULL_DAY : (int) Math.ceil(item.hours() / duration[i]);
            hoursPerDay[i] = item.milestone() ? 0 : Math.max(1, Math.min(wanted, Math.max(1, most)));
            latest = Math.max(latest, current[i] + duration[i]);
            total += duration[i];
        }
        horizon = Math.min(5000, latest + total + 10);
    }

    /** Today's load, nothing solved: the capacity view. */
    public static PlanProposal.Load currentLoad(PlanningInputs in) {
        PlanSolver solver = new PlanSolver(in);
        String[] assignees = in.items().stream().map(Item::assignee).toArray(String[]::new);
        return solver.load(solver.current, assignees, solver.current, assignees);
    }

    public static Outcome solve(PlanningInputs in, dev.tandem.planner.engine.SolveControl control) {
        return new PlanSolver(in).run(control);
    }

    private Outcome run(dev.tandem.planner.engine.SolveControl control) {
        List<Message> reasons = checks();
        if (!reasons.isEmpty()) {
            return infeasible(reasons);
        }
        boolean assigning = java.util.stream.IntStream.range(0, items.size()).anyMatch(i -> toAssign[i]);
        Duration budget = in.options().level() && assigning ? in.budget().dividedBy(2) : in.budget();
        int[] start = current.clone();
        String[] person = items.stream().map(Item::assignee).toArray(String[]::new);
        List<String> score = new ArrayList<>();
        if (in.options().level()) {
            LevelingResult leveled = new Leveler().level(levelingProblem(), LevelingSettings.within(budget)
                    .withSeed(in.seed()).withMoveLimit(in.moveLimit()), control);
            if (!leveled.infeasibilities().isEmpty()) {
                return infeasible(leveled.infeasibilities().stream().map(PlanSolver::message).toList());
            }
            if (leveled.overload() > 0) {
                return infeasible(List.of(new Message("planner.infeasible.pins-clash",
                        List.of(Long.toString(leveled.overload()), ""))));
            }
            start = leveled.starts();
            score.add("lateness " + leveled.lateness());
            score.add("finish " + leveled.finish());
            score.add("moved " + leveled.moved());
        }
        Map<String, List<Message>> why = new HashMap<>();
        if (assigning) {
            AssignmentResult assigned = assign(start, budget, control);
            if (!assigned.infeasibilities().isEmpty()) {
                return infeasible(assigned.infeasibilities().stream().map(PlanSolver::message).toList());
            }
            if (assigned.overHours() > 0) {
                return infeasible(List.of(new Message("planner.infeasible.over-capacity",
                        List.of("", Long.toString(assigned.overHours())))));
            }
            for (Proposal proposal : assigned.proposals()) {
                int i = itemIndex.get(proposal.item());
                person[i] = proposal.person();
                why.put(proposal.item(), proposal.reasons().stream()
                        .map(r -> new Message(r.key(), r.args())).toList());
            }
            score.add("assignment penalty " + assigned.softPenalty());
        }
        PlanProposal proposal = proposal(start, person, why);
        return new Outcome(control.cancelled() ? PlanStatus.CANCELLED : PlanStatus.READY, proposal,
                String.join(" · ", score));
    }

    /** Reasons no plan exists that the engines would not see: nobody qualified, pins that cannot hold. */
    private List<Message> checks() {
        List<Message> reasons = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (toAssign[i] && candidates(item).isEmpty()) {
                reasons.add(message(new Infeasibility(Infeasibility.Kind.NO_QUALIFIED_PERSON, item.key(),
                        describe(item.skills()))));
            }
            if (item.pinPerson() && item.assignee() != null
                    && !people.get(personIndex.get(item.assignee())).qualifiesFor(item.skills())) {
                reasons.add(message(new Infeasibility(Infeasibility.Kind.PIN_UNQUALIFIED, item.key(), item.assignee())));
            }
            if (item.pinDates() && item.due() != null && item.finish().isAfter(item.due())) {
                reasons.add(message(new Infeasibility(Infeasibility.Kind.PIN_AFTER_DUE, item.key(),
                        item.due().toString())));
            }
        }
        return reasons;
    }

    private List<Integer> candidates(Item item) {
        List<Integer> result = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            if (people.get(p).candidate() && people.get(p).qualifiesFor(item.skills())) {
                result.add(p);
            }
        }
        return result;
    }

    private LevelingProblem levelingProblem() {
        List<Resource> resources = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            resources.add(new Resource(people.get(p).username(), people.get(p).dailyHours(), free(p)));
        }
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int[] demand = new int[people.size()];
            // work under way keeps its person's hours (taken off their capacity in free()), so only unstarted work
            // moves for it; it may still be delayed by its dependencies, but never moves earlier
            if (!toAssign[i] && item.assignee() != null && !item.started()) {
                demand[personIndex.get(item.assignee())] = hoursPerDay[i];
            }
            int earliest = item.notBefore() == null ? 0 : Math.max(0, calendar.startIndexOf(item.notBefore()));
            if (item.started()) {
                earliest = current[i];
            }
            Activity activity = new Activity(item.key(), duration[i], demand, Math.min(earliest, current[i]),
                    Activity.NONE, Activity.NONE, current[i], new int[0], 0);
            if (item.pinDates()) {
                activity = activity.pinnedAt(current[i]);
            }
            LocalDate due = item.due() != null ? item.due() : item.baseline();
            if (item.milestone() && due != null) {
                activity = activity.dueBy(Math.max(0, calendar.finishIndexOf(due)));
            }
            if (toAssign[i]) {
                activity = activity.byAnyOf(hoursPerDay[i], candidates(item).stream().mapToInt(Integer::intValue).toArray());
            }
            activities.add(activity);
        }
        List<Link> links = in.dependencies().stream()
                .filter(d -> itemIndex.containsKey(d.predecessor()) && itemIndex.containsKey(d.successor()))
                .map(d -> new Link(itemIndex.get(d.predecessor()), itemIndex.get(d.successor()), d.type(), d.lag()))
                .toList();
        return new LevelingProblem(activities, links, resources);
    }

    /** A person's hours on each working day: none on leave, less what other projects and work under way take. */
    private int[] free(int p) {
        Member member = people.get(p);
        int[] underWay = new int[horizon];
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).started() && !toAssign[i] && member.username().equals(items.get(i).assignee())) {
                for (int d = current[i]; d < Math.min(horizon, current[i] + duration[i]); d++) {
                    underWay[d] += hoursPerDay[i];
                }
            }
        }
        int[] free = new int[horizon];
        for (int d = 0; d < horizon; d++) {
            LocalDate date = calendar.dateOf(d);
            free[d] = member.leave().contains(date) ? 0
                    : Math.max(0, member.dailyHours() - member.booked().getOrDefault(date, 0) - underWay[d]);
        }
        return free;
    }

    private AssignmentResult assign(int[] start, Duration budget, dev.tandem.planner.engine.SolveControl control) {
        int[][] fixed = new int[people.size()][horizon];
        for (int i = 0; i < items.size(); i++) {
            if (!toAssign[i] && items.get(i).assignee() != null) {
                int p = personIndex.get(items.get(i).assignee());
                for (int d = start[i]; d < Math.min(horizon, start[i] + duration[i]); d++) {
                    fixed[p][d] += hoursPerDay[i];
                }
            }
        }
        List<Person> persons = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            Member member = people.get(p);
            int[] capacity = new int[horizon];
            int[] booked = new int[horizon];
            for (int d = 0; d < horizon; d++) {
                LocalDate date = calendar.dateOf(d);
                capacity[d] = member.leave().contains(date) ? 0 : member.dailyHours();
                booked[d] = member.booked().getOrDefault(date, 0) + fixed[p][d];
            }
            if (member.candidate()) {
                persons.add(new Person(member.username(), member.name(), member.skills(), member.dailyHours(), capacity,
                        booked));
            }
        }
        List<WorkItem> work = new ArrayList<>();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (toAssign[i]) {
                Item item = items.get(i);
                position.put(item.key(), work.size());
                work.add(new WorkItem(item.key(), item.skills(), start[i], duration[i], hoursPerDay[i], item.parent(),
                        null, null, item.assignee()));
            }
        }
        List<ItemLink> links = in.dependencies().stream()
                .filter(d -> position.containsKey(d.predecessor()) && position.containsKey(d.successor()))
                .map(d -> new ItemLink(position.get(d.predecessor()), position.get(d.successor()))).toList();
        return new Assigner().assign(work, persons, links, budget, in.seed(), in.moveLimit(), control);
    }

    private PlanProposal proposal(int[] start, String[] person, Map<String, List<Message>> why) {
        Map<String, String> names = people.stream().collect(Collectors.toMap(Member::username, Member::name));
        List<PlanProposal.Move> moved = new ArrayList<>();
        List<PlanProposal.Reassignment> reassigned = new ArrayList<>();
        List<PlanProposal.MilestoneShift> milestones = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            boolean moves = start[i] != current[i];
            LocalDate newStart = moves ? calendar.startDate(start[i]) : item.start();
            LocalDate newFinish = !moves ? item.finish() : item.milestone() ? calendar.dateOf(Math.max(0, start[i] - 1))
                    : calendar.finishDate(start[i], start[i] + duration[i]);
            if (item.milestone()) {
                milestones.add(new PlanProposal.MilestoneShift(item.key(), item.title(), item.finish(), newFinish,
                        item.baseline()));
            } else if (moves) {
                moved.add(new PlanProposal.Move(item.key(), item.title(), item.start(), item.finish(), newStart, newFinish));
            }
            if (toAssign[i] && person[i] != null && !person[i].equals(item.assignee())) {
                reassigned.add(new PlanProposal.Reassignment(item.key(), item.title(), item.assignee(),
                        item.assignee() == null ? null : names.get(item.assignee()), person[i], names.get(person[i]),
                        why.getOrDefault(item.key(), List.of())));
            }
        }
        String[] before = items.stream().map(Item::assignee).toArray(String[]::new);
        return new PlanProposal(moved, reassigned, milestones, load(current, before, start, person), List.of());
    }

    /** Hours by week and person, from the Monday of today's week, over the weeks either plan uses (at most 26). */
    private PlanProposal.Load load(int[] startBefore, String[] personBefore, int[] startAfter, String[] personAfter) {
        LocalDate monday = calendar.dateOf(0).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int lastDay = 0;
        for (int i = 0; i < items.size(); i++) {
            lastDay = Math.max(lastDay, Math.max(startBefore[i], startAfter[i]) + duration[i]);
        }
        int weeks = (int) Math.min(MAX_WEEKS,
                ChronoUnit.WEEKS.between(monday, calendar.dateOf(Math.max(0, lastDay - 1))) + 1);
        List<LocalDate> weekStarts = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            weekStarts.add(monday.plusWeeks(w));
        }
        List<PlanProposal.PersonLoad> rows = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            Member member = people.get(p);
            int[] capacity = new int[weeks];
            int[] before = new int[weeks];
            int[] after = new int[weeks];
            for (int d = 0; ; d++) {
                LocalDate date = calendar.dateOf(d);
                int w = (int) ChronoUnit.WEEKS.between(monday, date);
                if (w >= weeks) {
                    break;
                }
                int booked = member.booked().getOrDefault(date, 0);
                capacity[w] += member.leave().contains(date) ? 0 : member.dailyHours();
                before[w] += booked;
                after[w] += booked;
            }
            for (int i = 0; i < items.size(); i++) {
                add(before, monday, weeks, member, personBefore[i], startBefore[i], i);
                add(after, monday, weeks, member, personAfter[i], startAfter[i], i);
            }
            if (Arrays.stream(before).sum() + Arrays.stream(after).sum() + (member.candidate() ? 1 : 0) > 0) {
                rows.add(new PlanProposal.PersonLoad(member.username(), member.name(), list(capacity), list(before),
                        list(after)));
            }
        }
        return new PlanProposal.Load(weekStarts, rows);
    }

    private void add(int[] load, LocalDate monday, int weeks, Member member, String person, int start, int i) {
        if (!member.username().equals(person)) {
            return;
        }
        for (int d = start; d < start + duration[i]; d++) {
            int w = (int) ChronoUnit.WEEKS.between(monday, calendar.dateOf(d));
            if (w < weeks) {
                load[w] += hoursPerDay[i];
            }
        }
    }

    private static List<Integer> list(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static Outcome infeasible(List<Message> reasons) {
        return new Outcome(PlanStatus.INFEASIBLE, PlanProposal.infeasible(reasons), null);
    }

    public static Message message(Infeasibility reason) {
        return new Message(reason.messageKey(), Arrays.asList(
                reason.activity() == null ? "" : reason.activity(), reason.resource() == null ? "" : reason.resource()));
    }

    private static String describe(Map<String, Integer> skills) {
        return new TreeMap<>(skills).entrySet().stream().map(e -> e.getKey() + " ≥ " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
