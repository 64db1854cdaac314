package dev.tandem.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.shared.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The numbers planning computes, one rule per test, with exact values. */
class PlanningFormulaTests {

    @Test
    void aTargetMustLieOnTheBetterSideOfTheBaseline() {
        CharterManagement.checkDirection(MetricDirection.HIGHER_IS_BETTER, new BigDecimal("60"), new BigDecimal("75"));
        CharterManagement.checkDirection(MetricDirection.LOWER_IS_BETTER, new BigDecimal("6"), new BigDecimal("4"));
        CharterManagement.checkDirection(MetricDirection.LOWER_IS_BETTER, null, new BigDecimal("4"));

        assertThatThrownBy(() -> CharterManagement.checkDirection(MetricDirection.HIGHER_IS_BETTER, new BigDecimal("90"),
                new BigDecimal("80"))).isInstanceOf(InvalidInputException.class)
                .hasMessage("target must not be below the baseline (90) when higher is better");
        assertThatThrownBy(() -> CharterManagement.checkDirection(MetricDirection.LOWER_IS_BETTER, new BigDecimal("4"),
                new BigDecimal("6"))).isInstanceOf(InvalidInputException.class)
                .hasMessage("target must not be above the baseline (4) when lower is better");
    }
}
