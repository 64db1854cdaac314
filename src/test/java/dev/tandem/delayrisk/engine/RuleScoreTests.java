package dev.tandem.delayrisk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The documented cold-start rule and the order in which its reasons are told. */
class RuleScoreTests {

    static double[] values() {
        return new double[Feature.values().length];
    }

    @Test
    void withNothingAgainstItAnItemScoresTheIntercept() {
        assertThat(RuleScore.predict(values()).probability()).isCloseTo(1 / (1 + Math.exp(2.0)), within(1e-9));
        assertThat(RuleScore.predict(values()).topReasons(3)).isEmpty();
    }

    @Test
    void blockedDaysAndFullLoadRaiseTheScoreAndLeadTheReasons() {
        double[] v = values();
        v[Feature.BLOCKED_DAYS.ordinal()] = 3;      // +0.75
        v[Feature.ASSIGNEE_LOAD.ordinal()] = 1.3;   // +1.04
        v[Feature.FLOAT_DAYS.ordinal()] = 0;        // nothing
        v[Feature.REOPENS.ordinal()] = 1;           // +0.5
        v[Feature.DAYS_TO_MILESTONE.ordinal()] = 5; // -0.025, lowers the risk: not a reason

        Prediction p = RuleScore.predict(v);

        assertThat(p.probability()).isCloseTo(1 / (1 + Math.exp(-(-2.0 + 0.75 + 1.04 + 0.5 - 0.025))), within(1e-9));
        assertThat(p.topReasons(3)).extracting(Factor::feature)
                .containsExactly(Feature.ASSIGNEE_LOAD, Feature.BLOCKED_DAYS, Feature.REOPENS);
        assertThat(p.topReasons(2)).hasSize(2);
    }

    @Test
    void reasonsSpeakInTheUnitsOfTheirWords() {
        assertThat(FactorText.args(new Factor(Feature.ASSIGNEE_LOAD, 1.3, 1))).containsExactly(130L);
        assertThat(FactorText.args(new Factor(Feature.BLOCKED_DAYS, 3, 1))).containsExactly(3L);
        assertThat(FactorText.args(new Factor(Feature.FLOAT_DAYS, -2, 1))).containsExactly(-2L);
    }
}
