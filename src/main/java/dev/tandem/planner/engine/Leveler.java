package dev.tandem.planner.engine;

import ai.timefold.solver.core.api.score.BendableScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resource leveling: activities move later than their dependencies alone would place them so that no resource is
 * over capacity on any day, minimising, in this order, milestone lateness, the finish and the number of activities
 * moved from today's plan. Pins, release days, all four link types with lags and per-day capacities (leave) are hard.
 *
 * <p>Timefold Solver searches over priority orders of the activities (a planning list variable, local search with late
 * acceptance, its own list moves and {@link ReorderingMove}s); {@link SerialScheduler} decodes each order into a
 * schedule. The search starts from the best of a few priority rules, each after "today's start first" (latest start or
 * finish from the resource-free critical path, rank positional weight, most successors), which alone is a good
 * schedule and keeps today's plan where capacity allows.
 */
public final class Leveler {

    private static final Map<Long, SolverFactory<LevelingPlan>> FACTORIES = new ConcurrentHashMap<>();

    public LevelingResult level(LevelingProblem problem, LevelingSettings settings) {
        return level(problem, settings, new SolveControl());
    }

    /** As {@link #level(LevelingProblem, LevelingSettings)}, reporting the best score to {@code control}, which may stop it. */
    public LevelingResult level(LevelingProblem problem, LevelingSettings settings, SolveControl control) {
        List<Infeasibility> reasons = problem.infeasibilities();
        if (!reasons.isEmpty()) {
            return LevelingResult.infeasible(reasons);
        }
        Network network = Network.of(problem);
        int[] topological = network.topologicalOrder();
        int[] early = network.earlyStarts(topological);
        int finish = 0;
        for (int j = 0; j < network.size; j++) {
            finish = Math.max(finish, early[j] + network.duration[j]);
        }
        int[] late = network.lateStarts(topological, finish);
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < network.size; i++) {
            jobs.add(new Job(i, late[i]));
        }
        SerialScheduler scheduler = new SerialScheduler(network);
        LevelingPlan initial = new LevelingPlan(jobs,
                new PriorityOrder(startingOrder(network, jobs, early, scheduler, settings.justify())), scheduler,
                settings.justify());

        TerminationConfig termination = new TerminationConfig().withSpentLimit(settings.timeBudget());
        if (settings.moveLimit() > 0) {
            termination.setMoveCountLimit(settings.moveLimit());
        }
        if (settings.finishBound() > 0) {
            termination.setBestScoreLimit(
                    BendableScore.of(new long[] {0}, new long[] {0, -settings.finishBound(), 0}).toString());
        }
        Solver<LevelingPlan> solver = FACTORIES.computeIfAbsent(settings.seed(), Leveler::factory)
                .buildSolver(new SolverConfigOverride().withTerminationConfig(termination));
        LevelingPlan best;
        control.attach(solver);
        try {
            best = solver.solve(initial);
        } finally {
            control.detach();
        }
        SerialScheduler.Evaluation evaluation = best.evaluate();
        SerialScheduler decoded = best.decoded();
        return new LevelingResult(List.of(), decoded.starts(), decoded.picks(), evaluation.overload(),
                evaluation.lateness(), evaluation.finish(), evaluation.moved(), decoded.decoded());
    }

    private static SolverFactory<LevelingPlan> factory(long seed) {
        return SolverFactory.create(new SolverConfig()
                .withSolutionClass(LevelingPlan.class)
                .withEntityClasses(PriorityOrder.class)
                .withEasyScoreCalculatorClass(LevelingScoreCalculator.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withRandomSeed(seed)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(10L))
                .withPhases(phases()));
    }

    /**
     * The starting order is complete, so the construction heuristic has nothing to do; local search (late acceptance
     * over the last 8 steps) moves one activity elsewhere in the order or swaps two, about a third of the time after
     * rewriting the order to its schedule's order of starts ({@link ReorderingMove}). Measured in docs/benchmarks.md:
     * on every 10th PSPLIB j120 instance the rewrite took the deviation from 34.2 to about 31 %, with or without the
     * plain moves beside it; on iMOPSE, where the scheduler also picks who does each task, the rewrite alone did worse
     * (2.2 against 1.7 % above the bound) and beside the plain moves as well (1.8 %). Lists of 1 to 8 steps did
     * equally well on j120 (50: 32.1 %); 8 did best on j30.
     */
    private static PhaseConfig<?>[] phases() {
        LocalSearchPhaseConfig ls = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(ReorderingMoves.class),
                        new ListChangeMoveSelectorConfig(), new ListSwapMoveSelectorConfig()));
        // a short late-acceptance list: with a few thousand schedules a second the default 400 barely converges
        ls.setAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(8));
        ls.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
        return new PhaseConfig<?>[] {new ConstructionHeuristicPhaseConfig(), ls};
    }

    /**
     * The best of a few priority rules, each after today's start (activities without one last): latest start, latest
     * finish, greatest rank positional weight (its duration and its successors'), most successors; ties by earliest
     * start, then input order.
     */
    private static List<Job> startingOrder(Network network, List<Job> jobs, int[] early, SerialScheduler scheduler,
            boolean justify) {
        int[] weight = new int[network.size];
        for (int j = 0; j < network.size; j++) {
            weight[j] = network.duration[j];
            for (int s : network.successors[j]) {
                weight[j] += network.duration[s];
            }
        }
        Comparator<Job> today = Comparator.comparingInt(job -> network.currentStart[job.index()] == Activity.NONE
                ? Integer.MAX_VALUE : network.currentStart[job.index()]);
        Comparator<Job> ties = Comparator.<Job>comparingInt(job -> early[job.index()]).thenComparingInt(Job::index);
        List<Comparator<Job>> rules = List.of(
                Comparator.comparingInt(Job::lateStart),
                Comparator.comparingInt(job -> job.lateStart() + network.duration[job.index()]),
                Comparator.comparingInt(job -> -weight[job.index()]),
                Comparator.<Job>comparingInt(job -> -network.successors[job.index()].length)
                        .thenComparingInt(Job::lateStart));
        List<Job> best = null;
        SerialScheduler.Evaluation bestEvaluation = null;
        for (Comparator<Job> rule : rules) {
            List<Job> order = jobs.stream().sorted(today.thenComparing(rule).thenComparing(ties)).toList();
            SerialScheduler.Evaluation evaluation = scheduler.schedule(
                    order.stream().mapToInt(Job::index).toArray(), justify);
            if (best == null || evaluation.compareTo(bestEvaluation) < 0) {
                best = order;
                bestEvaluation = evaluation;
            }
        }
        return best;
    }
}
