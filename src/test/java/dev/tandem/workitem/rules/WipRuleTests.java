package dev.tandem.workitem.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A column with a limit of 3; every expected answer is counted by hand. */
class WipRuleTests {

    @Test
    void aHardLimitRefusesTheItemThatWouldOverfillTheColumn() {
        assertThat(WipRule.refuses(3, true, true, 2)).as("2 in the column, the third fits").isFalse();
        assertThat(WipRule.refuses(3, true, true, 3)).as("3 in the column, a fourth overfills it").isTrue();
        assertThat(WipRule.refuses(3, true, true, 5)).as("already over (limit lowered), still no more").isTrue();
    }

    @Test
    void aSoftLimitOnlyWarns() {
        assertThat(WipRule.refuses(3, false, true, 3)).isFalse();
        assertThat(WipRule.overLimit(3, 4)).as("4 items in a column of 3").isTrue();
        assertThat(WipRule.overLimit(3, 3)).as("a full column is not over").isFalse();
    }

    @Test
    void anItemAlreadyInTheColumnMayBeEdited() {
        assertThat(WipRule.refuses(3, true, false, 3)).isFalse();
        assertThat(WipRule.refuses(3, true, false, 4)).isFalse();
    }

    @Test
    void aColumnWithoutALimitTakesAnyNumber() {
        assertThat(WipRule.refuses(null, true, true, 1_000)).isFalse();
        assertThat(WipRule.overLimit(null, 1_000)).isFalse();
    }
}
