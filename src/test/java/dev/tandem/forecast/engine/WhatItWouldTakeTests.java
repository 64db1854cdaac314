package dev.tandem.forecast.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.schedule.engine.LinkType;
import dev.tandem.schedule.engine.ScheduleNetwork;
import org.junit.jupiter.api.Test;

class WhatItWouldTakeTests {

    private final ScheduleNetwork network = ScheduleNetwork.builder()
            .activity("Long", 10).activity("Short", 3).activity("Aside", 2)
            .link("Long", "Short", LinkType.FINISH_TO_START, 0).build();
    private final DurationDistribution[] distributions = {DurationDistribution.uniform(8, 13),
            DurationDistribution.fixed(3), DurationDistribution.uniform(1, 2)};

    @Test
    void shortensTheItemThatDrivesTheFinishUntilTheP85MeetsTheTarget() {
        var plan = WhatItWouldTake.plan(network, distributions, 12, 2_000, 1, 10, false);

        // P85 of 8..13 is 13 (12 or less is only five in six), so the chain ends at 16; the spread item gives four days
        assertThat(plan.p85Before()).isEqualTo(16);
        assertThat(plan.met()).isTrue();
        assertThat(plan.p85After()).isLessThanOrEqualTo(12);
        assertThat(plan.shortenings()).containsOnlyKeys(network.indexOf("Long"));
        assertThat(plan.shortenings().get(network.indexOf("Long"))).isEqualTo(4);
    }

    @Test
    void saysSoWhenNoShorteningReachesTheTarget() {
        var plan = WhatItWouldTake.plan(network, distributions, 1, 2_000, 1, 10, false);

        assertThat(plan.met()).isFalse();
        assertThat(plan.p85After()).isGreaterThan(1);
    }
}
