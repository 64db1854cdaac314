package dev.tandem.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * A Monte Carlo forecast of a project as of {@code today}: the finish and each milestone at 50, 85 and 95 per cent
 * confidence, the chance of meeting the target and the baseline, the spread of finishes, and which items drive them.
 *
 * @param deterministicFinish the forecast finish without uncertainty, as the schedule shows it
 * @param targetProbability   the share of iterations finishing on or before {@code target}; null without a target
 * @param baselineProbability the same for the latest baseline's finish; null without a baseline
 * @param histogram           iterations per finish date, with the cumulative share up to that date
 * @param items               every work item with its criticality index, most critical first
 * @param sensitivity         the ten items whose duration moves the finish most (Spearman's rho), strongest first
 * @param historySize         finished items with planned and actual dates the learned durations come from
 */
public record MonteCarloForecast(String project, LocalDate today, int iterations, long seed,
                                 LocalDate deterministicFinish, LocalDate baselineFinish, LocalDate target,
                                 Percentiles finish, Double targetProbability, Double baselineProbability,
                                 List<Milestone> milestones, List<Bar> histogram, List<ItemInfluence> items,
                                 List<ItemInfluence> sensitivity, int historySize) {

    public record Percentiles(LocalDate p50, LocalDate p85, LocalDate p95) {
    }

    public record Milestone(String key, String title, LocalDate deterministicDate, LocalDate baselineDate,
                            Percentiles percentiles, Double targetProbability, Double baselineProbability) {
    }

    public record Bar(LocalDate finish, int iterations, double cumulative) {
    }

    /**
     * @param basis where its duration's uncertainty comes from: three-point, history-type, history-project,
     *              default-spread, or fixed (done work and milestones)
     */
    public record ItemInfluence(String key, String title, String basis, double criticality, double sensitivity) {
    }
}
