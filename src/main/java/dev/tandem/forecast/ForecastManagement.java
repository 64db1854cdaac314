package dev.tandem.forecast;

import dev.tandem.forecast.engine.MonteCarloSimulation;
import dev.tandem.forecast.engine.WhatItWouldTake;
import dev.tandem.forecast.internal.DurationModels;
import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.schedule.ForecastNetwork;
import dev.tandem.schedule.ProjectForecast;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.schedule.engine.ScheduleNetwork;
import dev.tandem.schedule.engine.WorkingCalendar;
import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ItemView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Monte Carlo forecasts over the network the deterministic forecast schedules. Not transactional: the simulation
 * runs after the network is read, without holding a database connection, its chunks of iterations spread over the
 * common fork-join pool (the answer does not depend on how many threads ran them).
 */
@Service
public class ForecastManagement {

    public static final int DEFAULT_ITERATIONS = 10_000;
    public static final int MIN_ITERATIONS = 100;
    public static final int MAX_ITERATIONS = 100_000;
    public static final long DEFAULT_SEED = 1;
    /** Each step of the greedy search for a target runs a smaller simulation. */
    static final int TARGET_SEARCH_ITERATIONS = 2_000;
    static final int TARGET_SEARCH_STEPS = 30;
    static final int SENSITIVITY_RANKED = 10;

    private final PortfolioManagement portfolio;
    private final ScheduleManagement schedules;

    ForecastManagement(PortfolioManagement portfolio, ScheduleManagement schedules) {
        this.portfolio = portfolio;
        this.schedules = schedules;
    }

    /**
     * Simulates the project {@code iterations} times (default 10,000) with {@code seed} (default 1); {@code target},
     * optional, is a date whose chance to be met is reported.
     */
    public MonteCarloForecast forecast(Actor actor, String projectKey, Integer iterations, Long seed, LocalDate target) {
        portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        int runs = iterations(iterations);
        long usedSeed = seed == null ? DEFAULT_SEED : seed;
        ForecastNetwork basis = schedules.forecastNetwork(actor, projectKey);
        WorkingCalendar calendar = basis.calendar();
        checkTarget(basis, target);
        ScheduleNetwork network = basis.network();
        DurationModels.Models models = DurationModels.of(basis);
        List<ProjectForecast.Milestone> milestones = basis.deterministic().milestones();
        int[] milestoneActivities = milestones.stream().mapToInt(m -> network.indexOf(m.key())).toArray();
        var result = MonteCarloSimulation.run(network, models.distributions(), milestoneActivities, runs, usedSeed,
                true);

        List<MonteCarloForecast.Milestone> milestoneForecasts = new ArrayList<>();
        for (int m = 0; m < milestones.size(); m++) {
            ProjectForecast.Milestone milestone = milestones.get(m);
            int index = m;
            milestoneForecasts.add(new MonteCarloForecast.Milestone(milestone.key(), milestone.title(),
                    milestone.forecastDate(), milestone.baselineDate(),
                    new MonteCarloForecast.Percentiles(milestoneDate(calendar, result.milestonePercentile(index, 0.50)),
                            milestoneDate(calendar, result.milestonePercentile(index, 0.85)),
                            milestoneDate(calendar, result.milestonePercentile(index, 0.95))),
                    probability(calendar, target, d -> result.milestoneProbability(index, d)),
                    probability(calendar, milestone.baselineDate(), d -> result.milestoneProbability(index, d))));
        }
        List<MonteCarloForecast.ItemInfluence> items = new ArrayList<>();
        for (ItemView item : basis.items()) {
            int activity = network.indexOf(item.key());
            if (network.isSummary(activity)) {
                continue;
            }
            String source = models.basis()[activity] == null ? "fixed" : models.basis()[activity];
            items.add(new MonteCarloForecast.ItemInfluence(item.key(), item.title(), source,
                    result.criticality()[activity], result.sensitivity()[activity]));
        }
        items.sort(Comparator.comparingDouble(MonteCarloForecast.ItemInfluence::criticality).reversed()
                .thenComparing(MonteCarloForecast.ItemInfluence::key));
        List<MonteCarloForecast.ItemInfluence> sensitivity = items.stream().filter(i -> i.sensitivity() > 0)
                .sorted(Comparator.comparingDouble(MonteCarloForecast.ItemInfluence::sensitivity).reversed()
                        .thenComparing(MonteCarloForecast.ItemInfluence::key))
                .limit(SENSITIVITY_RANKED).toList();
        return new MonteCarloForecast(basis.project(), basis.today(), runs, usedSeed,
                basis.deterministic().forecastFinish(), basis.baselineFinish(), target,
                new MonteCarloForecast.Percentiles(finishDate(calendar, result.finishPercentile(0.50)),
                        finishDate(calendar, result.finishPercentile(0.85)),
                        finishDate(calendar, result.finishPercentile(0.95))),
                probability(calendar, target, result::finishProbability),
                probability(calendar, basis.baselineFinish(), result::finishProbability),
                milestoneForecasts, histogram(calendar, result.sortedFinishes()), items, sensitivity,
                models.history().size());
    }

    /**
     * Which items to shorten, and by how much, for the P85 finish to reach {@code target} (by default the latest
     * baseline's finish, else the deterministic forecast's): a greedy search that re-runs a 2,000-iteration
     * simulation after each shortening.
     */
    public TargetPlan whatItWouldTake(Actor actor, String projectKey, LocalDate target, Long seed) {
        portfolio.access(actor, projectKey, Permission.VIEW_PROJECT);
        long usedSeed = seed == null ? DEFAULT_SEED : seed;
        ForecastNetwork basis = schedules.forecastNetwork(actor, projectKey);
        checkTarget(basis, target);
        if (target == null) {
            target = basis.baselineFinish() != null ? basis.baselineFinish() : basis.deterministic().forecastFinish();
        }
        if (target == null) {
            throw new InvalidInputException("target", Text.of("problem.forecast.targetRequired"));
        }
        WorkingCalendar calendar = basis.calendar();
        ScheduleNetwork network = basis.network();
        DurationModels.Models models = DurationModels.of(basis);
        var plan = WhatItWouldTake.plan(network, models.distributions(), calendar.finishIndexOf(target),
                TARGET_SEARCH_ITERATIONS, usedSeed, TARGET_SEARCH_STEPS, true);
        Map<String, ItemView> byKey = basis.items().stream().collect(Collectors.toMap(ItemView::key, Function.identity()));
        List<TargetPlan.Shortening> shortenings = plan.shortenings().entrySet().stream()
                .map(e -> new TargetPlan.Shortening(network.id(e.getKey()), byKey.get(network.id(e.getKey())).title(),
                        e.getValue()))
                .toList();
        return new TargetPlan(basis.project(), target, TARGET_SEARCH_ITERATIONS, usedSeed,
                finishDate(calendar, plan.p85Before()), finishDate(calendar, plan.p85After()), plan.met(), shortenings);
    }

    private static int iterations(Integer iterations) {
        if (iterations == null) {
            return DEFAULT_ITERATIONS;
        }
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new InvalidInputException("iterations", Text.of("problem.forecast.iterations", iterations));
        }
        return iterations;
    }

    private static void checkTarget(ForecastNetwork basis, LocalDate target) {
        if (target != null && target.isBefore(basis.calendar().projectStart())) {
            throw new InvalidInputException("target", Text.of("problem.forecast.targetBeforeStart",
                    String.valueOf(basis.calendar().projectStart()), target.toString()));
        }
    }

    /** A finish index as the schedule shows the project finish: the last day worked. */
    private static LocalDate finishDate(WorkingCalendar calendar, int finish) {
        return calendar.finishDate(0, finish);
    }

    /** A milestone marks the end of the work before it, so it falls on the last working day before its start. */
    private static LocalDate milestoneDate(WorkingCalendar calendar, int start) {
        return calendar.dateOf(Math.max(0, start - 1));
    }

    /** The chance of finishing on or before {@code date}: by its exclusive finish index in the calendar. */
    private static Double probability(WorkingCalendar calendar, LocalDate date,
                                      java.util.function.IntToDoubleFunction atMost) {
        return date == null ? null : atMost.applyAsDouble(calendar.finishIndexOf(date));
    }

    private static List<MonteCarloForecast.Bar> histogram(WorkingCalendar calendar, int[] sortedFinishes) {
        List<MonteCarloForecast.Bar> bars = new ArrayList<>();
        for (int from = 0; from < sortedFinishes.length; ) {
            int to = from;
            while (to < sortedFinishes.length && sortedFinishes[to] == sortedFinishes[from]) {
                to++;
            }
            bars.add(new MonteCarloForecast.Bar(finishDate(calendar, sortedFinishes[from]), to - from,
                    (double) to / sortedFinishes.length));
            from = to;
        }
        return bars;
    }
}
