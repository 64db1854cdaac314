package dev.tandem.forecast.engine;

import dev.tandem.schedule.engine.ScheduleNetwork;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which items to shorten, and by how many days, so that the P85 finish meets a target: a greedy search, not an
 * optimum. Each step simulates again and shortens the item that ranks first by sensitivity (then criticality) among
 * those critical in at least half of the iterations, by the days still missing or as much as it can give.
 */
public final class WhatItWouldTake {

    static final double P85 = 0.85;
    static final double HIGH_CRITICALITY = 0.5;

    private WhatItWouldTake() {
    }

    /**
     * @param shortenings activity → days to take off, in the order the search chose them
     * @param met         whether the P85 finish reaches the target after the shortenings
     */
    public record Plan(int p85Before, int p85After, Map<Integer, Integer> shortenings, boolean met) {
    }

    /** {@code parallel} as in {@link MonteCarloSimulation#run(ScheduleNetwork, DurationDistribution[], int[], int, long, boolean)}. */
    public static Plan plan(ScheduleNetwork network, DurationDistribution[] distributions, int targetFinish,
                            int iterations, long seed, int maxSteps, boolean parallel) {
        DurationDistribution[] current = distributions.clone();
        Map<Integer, Integer> shortenings = new LinkedHashMap<>();
        int before = -1;
        for (int step = 0; ; step++) {
            MonteCarloSimulation.Result result = MonteCarloSimulation.run(network, current, new int[0], iterations, seed,
                    parallel);
            int p85 = result.finishPercentile(P85);
            if (before < 0) {
                before = p85;
            }
            if (p85 <= targetFinish) {
                return new Plan(before, p85, shortenings, true);
            }
            int chosen = mostInfluential(current, result);
            if (chosen < 0 || step == maxSteps) {
                return new Plan(before, p85, shortenings, false);
            }
            int days = Math.min(p85 - targetFinish, current[chosen].max() - 1);
            current[chosen] = current[chosen].shortenedBy(days);
            shortenings.merge(chosen, days, Integer::sum);
        }
    }

    private static int mostInfluential(DurationDistribution[] distributions, MonteCarloSimulation.Result result) {
        int best = -1;
        for (int u = 0; u < distributions.length; u++) {
            if (distributions[u] == null || distributions[u].max() <= 1
                    || result.criticality()[u] < HIGH_CRITICALITY) {
                continue;
            }
            if (best < 0 || result.sensitivity()[u] > result.sensitivity()[best]
                    || (result.sensitivity()[u] == result.sensitivity()[best]
                    && result.criticality()[u] > result.criticality()[best])) {
                best = u;
            }
        }
        return best;
    }
}
