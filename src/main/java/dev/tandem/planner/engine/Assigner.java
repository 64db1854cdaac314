package dev.tandem.planner.engine;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Assignment: each item gets a person who has its skills at the levels it needs, within everyone's daily capacity over
 * the item's days (leave and other projects' hours included), pins kept; preferring continuity, balanced load, fewer
 * hand-offs and current assignees (see {@link AssignmentConstraints}). Timefold Solver searches: first fit
 * decreasing (items with the fewest candidates and the most hours first), then its default late acceptance; each proposal explains itself with {@link Reason}s.
 */
public final class Assigner {

    private static final Map<Long, SolverFactory<AssignmentPlan>> FACTORIES = new ConcurrentHashMap<>();

    /**
     * @param moveLimit stop after this many evaluated moves (0: none); with the same seed it makes the result
     *                  reproducible on any machine
     */
    public AssignmentResult assign(List<WorkItem> items, List<Person> people, List<ItemLink> links, Duration budget,
            long seed, long moveLimit) {
        return assign(items, people, links, budget, seed, moveLimit, new SolveControl());
    }

    /** As above, reporting the best score to {@code control}, which may stop the search early. */
    public AssignmentResult assign(List<WorkItem> items, List<Person> people, List<ItemLink> links, Duration budget,
            long seed, long moveLimit, SolveControl control) {
        Map<String, Assignee> byId = new HashMap<>();
        List<Assignee> assignees = new ArrayList<>();
        for (Person person : people) {
            Assignee assignee = new Assignee(person);
            assignees.add(assignee);
            byId.put(person.id(), assignee);
        }
        List<Infeasibility> reasons = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            WorkItem item = items.get(i);
            List<Assignee> candidates = assignees.stream().filter(a -> item.qualifies(a.person())).toList();
            Assignee pinned = item.pinnedPerson() == null ? null : byId.get(item.pinnedPerson());
            if (candidates.isEmpty()) {
                reasons.add(new Infeasibility(Infeasibility.Kind.NO_QUALIFIED_PERSON, item.id(), describe(item)));
            } else if (item.pinnedPerson() != null && (pinned == null || !candidates.contains(pinned))) {
                reasons.add(new Infeasibility(Infeasibility.Kind.PIN_UNQUALIFIED, item.id(), item.pinnedPerson()));
            }
            assignments.add(new Assignment(i, item, candidates, pinned));
        }
        if (!reasons.isEmpty()) {
            return new AssignmentResult(reasons, List.of(), 0, 0);
        }
        TerminationConfig termination = new TerminationConfig().withSpentLimit(budget);
        if (moveLimit > 0) {
            termination.setMoveCountLimit(moveLimit);
        }
        Solver<AssignmentPlan> solver = FACTORIES.computeIfAbsent(seed, Assigner::factory)
                .buildSolver(new SolverConfigOverride().withTerminationConfig(termination));
        AssignmentPlan best;
        control.attach(solver);
        try {
            best = solver.solve(new AssignmentPlan(assignees, List.copyOf(links), assignments));
        } finally {
            control.detach();
        }
        HardSoftScore score = best.getScore();
        return new AssignmentResult(List.of(), explain(best.getAssignments(), people), -score.hardScore(),
                -score.softScore());
    }

    private static SolverFactory<AssignmentPlan> factory(long seed) {
        return SolverFactory.create(new SolverConfig()
                .withSolutionClass(AssignmentPlan.class)
                .withEntityClasses(Assignment.class)
                .withConstraintProviderClass(AssignmentConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(seed)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(10L))
                .withPhases(new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        new LocalSearchPhaseConfig()));
    }

    /**
     * Why each person: pinned; or how few people have the item's skills, how much of the person's time is free over
     * the item's days once the proposal is in, the epic's other items they take, and whether they keep it.
     */
    private static List<Proposal> explain(List<Assignment> assignments, List<Person> people) {
        Map<String, Long> qualifiedBySkillLevel = new HashMap<>();
        Map<Assignee, Map<Integer, Integer>> planned = new HashMap<>();
        Map<String, Map<Assignee, Integer>> epicItems = new HashMap<>();
        for (Assignment a : assignments) {
            for (DayLoad load : a.dailyLoads()) {
                planned.computeIfAbsent(a.getAssignee(), x -> new HashMap<>()).merge(load.day(), load.hours(),
                        Integer::sum);
            }
            if (a.epic() != null) {
                epicItems.computeIfAbsent(a.epic(), x -> new HashMap<>()).merge(a.getAssignee(), 1, Integer::sum);
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        for (Assignment a : assignments) {
            Person person = a.getAssignee().person();
            List<Reason> reasons = new ArrayList<>();
            if (a.isPinned()) {
                reasons.add(Reason.of(Reason.Kind.PINNED, person.name()));
            }
            for (Map.Entry<String, Integer> need : new TreeMap<>(a.item().skills()).entrySet()) {
                long qualified = qualifiedBySkillLevel.computeIfAbsent(need.getKey() + "\u0000" + need.getValue(),
                        key -> people.stream().filter(p -> p.level(need.getKey()) >= need.getValue()).count());
                reasons.add(Reason.of(Reason.Kind.SKILL, need.getKey(), need.getValue(), qualified, person.name(),
                        person.level(need.getKey())));
            }
            long capacity = 0;
            long taken = 0;
            for (DayLoad load : a.dailyLoads()) {
                capacity += person.capacityOn(load.day());
                taken += person.bookedOn(load.day()) + planned.get(a.getAssignee()).getOrDefault(load.day(), 0);
            }
            if (capacity > 0) {
                long percentFree = Math.max(0, 100 * (capacity - taken) / capacity);
                reasons.add(Reason.of(Reason.Kind.FREE, person.name(), percentFree));
            }
            if (a.epic() != null) {
                int others = epicItems.get(a.epic()).get(a.getAssignee()) - 1;
                if (others > 0) {
                    reasons.add(Reason.of(Reason.Kind.EPIC, person.name(), others, a.epic()));
                }
            }
            if (person.id().equals(a.item().currentPerson())) {
                reasons.add(Reason.of(Reason.Kind.KEPT, person.name()));
            }
            proposals.add(new Proposal(a.item().id(), person.id(), reasons));
        }
        return proposals;
    }

    private static String describe(WorkItem item) {
        return new TreeMap<>(item.skills()).entrySet().stream().map(e -> e.getKey() + " ≥ " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
