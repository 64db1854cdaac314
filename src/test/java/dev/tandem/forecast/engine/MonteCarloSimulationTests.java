package dev.tandem.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.schedule.engine.CriticalPathEngine;
import dev.tandem.schedule.engine.LinkType;
import dev.tandem.schedule.engine.ScheduleNetwork;
import org.junit.jupiter.api.Test;

/** Networks small enough that the distribution of the finish is known exactly. */
class MonteCarloSimulationTests {

    private static final int ITERATIONS = 100_000;
    private static final long SEED = 42;

    private static DurationDistribution[] each(ScheduleNetwork network, DurationDistribution distribution) {
        DurationDistribution[] distributions = new DurationDistribution[network.activityCount()];
        for (int i = 0; i < distributions.length; i++) {
            distributions[i] = network.duration(i) == 0 ? null : distribution;
        }
        return distributions;
    }

    @Test
    void twoItemsInAChainEachUniformOnOneToThreeDaysFinishAsTheirSumDoes() {
        ScheduleNetwork chain = ScheduleNetwork.builder().activity("A", 1).activity("B", 1)
                .link("A", "B", LinkType.FINISH_TO_START, 0).build();

        var result = MonteCarloSimulation.run(chain, each(chain, DurationDistribution.uniform(1, 3)), new int[0],
                ITERATIONS, SEED);

        // the sum of two dice with three faces: 2..6 with chances 1, 2, 3, 2, 1 in 9
        assertThat(result.finishProbability(2)).isCloseTo(1 / 9.0, within(0.005));
        assertThat(result.finishProbability(3)).isCloseTo(3 / 9.0, within(0.005));
        assertThat(result.finishProbability(4)).isCloseTo(6 / 9.0, within(0.005));
        assertThat(result.finishProbability(5)).isCloseTo(8 / 9.0, within(0.005));
        assertThat(result.finishProbability(6)).isEqualTo(1.0);
        assertThat(result.finishPercentile(0.50)).isEqualTo(4);
        assertThat(result.finishPercentile(0.85)).isEqualTo(5);
        assertThat(result.finishPercentile(0.95)).isEqualTo(6);
    }

    @Test
    void aTriangularEstimateIsRoundedUpToWholeDays() {
        ScheduleNetwork single = ScheduleNetwork.builder().activity("A", 5).build();

        var result = MonteCarloSimulation.run(single,
                each(single, DurationDistribution.triangular(2, 4, 10, 1, 0)), new int[0], ITERATIONS, SEED);

        // P(X ≤ 5) for X triangular on (2, 4, 10): 1 − (10 − 5)² / (8 × 6)
        assertThat(result.finishProbability(5)).isCloseTo(1 - 25 / 48.0, within(0.01));
        // P(X ≤ 3) = (3 − 2)² / (8 × 2)
        assertThat(result.finishProbability(3)).isCloseTo(1 / 16.0, within(0.005));
        assertThat(result.finishPercentile(0.0)).isEqualTo(3);
        assertThat(result.finishProbability(9)).isLessThan(1.0);
        assertThat(result.finishProbability(10)).isEqualTo(1.0);
    }

    @Test
    void theSameSeedGivesTheSameForecastToTheDay() {
        ScheduleNetwork network = ScheduleNetwork.builder().activity("A", 3).activity("B", 4).activity("C", 2)
                .link("A", "C", LinkType.FINISH_TO_START, 1).link("B", "C", LinkType.START_TO_START, 2).build();
        DurationDistribution[] distributions = each(network, DurationDistribution.triangular(1, 3, 9, 1, 0));

        var first = MonteCarloSimulation.run(network, distributions, new int[0], 5_000, 7);
        var second = MonteCarloSimulation.run(network, distributions, new int[0], 5_000, 7);

        assertThat(second.finishPercentile(0.85)).isEqualTo(first.finishPercentile(0.85));
        assertThat(second.sortedFinishes()).isEqualTo(first.sortedFinishes());
        assertThat(second.criticality()).isEqualTo(first.criticality());
        assertThat(second.sensitivity()).isEqualTo(first.sensitivity());
    }

    @Test
    void runningTheChunksInParallelGivesTheSameForecast() {
        ScheduleNetwork network = ScheduleNetwork.builder().activity("A", 3).activity("B", 4).activity("C", 2)
                .link("A", "C", LinkType.FINISH_TO_START, 1).link("B", "C", LinkType.START_TO_START, 2).build();
        DurationDistribution[] distributions = each(network, DurationDistribution.triangular(1, 3, 9, 1, 0));

        var alone = MonteCarloSimulation.run(network, distributions, new int[] {2}, 12_345, 7, false);
        var parallel = MonteCarloSimulation.run(network, distributions, new int[] {2}, 12_345, 7, true);

        assertThat(parallel.sortedFinishes()).isEqualTo(alone.sortedFinishes());
        assertThat(parallel.sortedMilestoneStarts()).isEqualTo(alone.sortedMilestoneStarts());
        assertThat(parallel.criticality()).isEqualTo(alone.criticality());
        assertThat(parallel.sensitivity()).isEqualTo(alone.sensitivity());
    }

    @Test
    void estimatesWithoutSpreadGiveTheCriticalPathDateAtEveryPercentile() {
        ScheduleNetwork network = ScheduleNetwork.builder()
                .activity("A", 3).activity("B", 3).activity("C", 3).activity("D", 3).milestone("M")
                .link("A", "B", LinkType.FINISH_TO_START, 2)
                .link("A", "C", LinkType.START_TO_START, 1)
                .link("C", "D", LinkType.FINISH_TO_FINISH, -1)
                .link("B", "D", LinkType.START_TO_FINISH, 4)
                .link("D", "M", LinkType.FINISH_TO_START, 0)
                .startNoEarlierThan("C", 5).finishNoLaterThan("D", 9).build();
        int expected = CriticalPathEngine.schedule(network).projectFinish();
        int milestone = network.indexOf("M");

        var result = MonteCarloSimulation.run(network, each(network, DurationDistribution.triangular(3, 3, 3, 1, 0)),
                new int[] {milestone}, 1_000, SEED);

        for (double share : new double[] {0.0, 0.5, 0.85, 0.95, 1.0}) {
            assertThat(result.finishPercentile(share)).as("P%s", share * 100).isEqualTo(expected);
            assertThat(result.milestonePercentile(0, share))
                    .isEqualTo(CriticalPathEngine.schedule(network).activity("M").earlyStart());
        }
    }

    @Test
    void everyItemOfALoneChainIsCriticalInEveryIteration() {
        ScheduleNetwork chain = ScheduleNetwork.builder().activity("A", 2).activity("B", 2).activity("C", 2)
                .link("A", "B", LinkType.FINISH_TO_START, 0).link("B", "C", LinkType.FINISH_TO_START, 0).build();

        var result = MonteCarloSimulation.run(chain, each(chain, DurationDistribution.uniform(1, 5)), new int[0],
                10_000, SEED);

        assertThat(result.criticality()).containsOnly(1.0);
    }

    @Test
    void twoEqualParallelBranchesAreEachCriticalAboutHalfTheTime() {
        ScheduleNetwork network = ScheduleNetwork.builder().activity("A", 50).activity("B", 50).milestone("End")
                .link("A", "End", LinkType.FINISH_TO_START, 0).link("B", "End", LinkType.FINISH_TO_START, 0).build();

        var result = MonteCarloSimulation.run(network, each(network, DurationDistribution.uniform(1, 100)),
                new int[0], ITERATIONS, SEED);

        // both are critical only on a tie, one iteration in a hundred
        assertThat(result.criticality()[network.indexOf("A")]).isCloseTo(0.5, within(0.02));
        assertThat(result.criticality()[network.indexOf("B")]).isCloseTo(0.5, within(0.02));
        assertThat(result.criticality()[network.indexOf("End")]).isEqualTo(1.0);
    }

    @Test
    void theItemWhoseSpreadDrivesTheFinishRanksFirstAndAnItemNeverCriticalHasNoSensitivity() {
        ScheduleNetwork network = ScheduleNetwork.builder().activity("Wide", 10).activity("Narrow", 10)
                .activity("Aside", 1).link("Wide", "Narrow", LinkType.FINISH_TO_START, 0).build();
        DurationDistribution[] distributions = {DurationDistribution.uniform(5, 30), DurationDistribution.uniform(9, 11),
                DurationDistribution.uniform(1, 2)};

        var result = MonteCarloSimulation.run(network, distributions, new int[0], 10_000, SEED);

        double wide = result.sensitivity()[network.indexOf("Wide")];
        double narrow = result.sensitivity()[network.indexOf("Narrow")];
        assertThat(wide).isGreaterThan(0.9);
        assertThat(narrow).isPositive().isLessThan(wide);
        assertThat(result.criticality()[network.indexOf("Aside")]).isZero();
        assertThat(result.sensitivity()[network.indexOf("Aside")]).isZero();
    }
}
