package dev.tandem.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The numbers the registers compute, one rule per test, with exact values. */
class RegisterFormulaTests {

    @Test
    void debtPriorityIsInterestOverFixTimesSeverityWeight() {
        assertThat(TechDebtManagement.priority(new BigDecimal("4"), new BigDecimal("8"), DebtSeverity.HIGH))
                .isEqualByComparingTo("1.50");
        assertThat(TechDebtManagement.priority(new BigDecimal("1"), new BigDecimal("3"), DebtSeverity.LOW))
                .isEqualByComparingTo("0.33");
        assertThat(TechDebtManagement.formula(new BigDecimal("2.5"), new BigDecimal("10"), DebtSeverity.CRITICAL,
                new BigDecimal("1.00"))).isEqualTo("2.5 h ÷ 10 h × 4 (critical) = 1.00");
    }

    @Test
    void overallScoreIsTheMeanWithRiskInverted() {
        assertThat(ScorecardManagement.overall(new ScoreFields(4, "", 3, "", 5, "", 2, ""))).isEqualByComparingTo("4.00");
        assertThat(ScorecardManagement.overall(new ScoreFields(1, "", 1, "", 1, "", 5, ""))).isEqualByComparingTo("1.00");
        assertThat(ScorecardManagement.overall(new ScoreFields(5, "", 4, "", 4, "", 3, ""))).isEqualByComparingTo("4.00");
        assertThat(ScorecardManagement.overall(new ScoreFields(2, "", 3, "", 3, "", 4, ""))).isEqualByComparingTo("2.50");
    }

    @Test
    void feverZonesFollowTheTwoBoundaryLines() {
        assertThat(BufferStatus.zone(new BigDecimal("9.9"), BigDecimal.ZERO)).isEqualTo(BufferStatus.Zone.GREEN);
        assertThat(BufferStatus.zone(new BigDecimal("10"), BigDecimal.ZERO)).isEqualTo(BufferStatus.Zone.YELLOW);
        assertThat(BufferStatus.zone(new BigDecimal("30"), BigDecimal.ZERO)).isEqualTo(BufferStatus.Zone.RED);
        assertThat(BufferStatus.zone(new BigDecimal("44"), new BigDecimal("50"))).isEqualTo(BufferStatus.Zone.GREEN);
        assertThat(BufferStatus.zone(new BigDecimal("45"), new BigDecimal("50"))).isEqualTo(BufferStatus.Zone.YELLOW);
        assertThat(BufferStatus.zone(new BigDecimal("65"), new BigDecimal("50"))).isEqualTo(BufferStatus.Zone.RED);
        assertThat(BufferStatus.zone(null, new BigDecimal("50"))).isNull();
    }

    @Test
    void heatMapZonesFollowTheScore() {
        assertThat(RiskHeatMap.zone(4)).isEqualTo("low");
        assertThat(RiskHeatMap.zone(5)).isEqualTo("medium");
        assertThat(RiskHeatMap.zone(9)).isEqualTo("medium");
        assertThat(RiskHeatMap.zone(10)).isEqualTo("high");
        assertThat(RiskHeatMap.zone(16)).isEqualTo("high");
        assertThat(RiskHeatMap.zone(20)).isEqualTo("severe");
    }
}
