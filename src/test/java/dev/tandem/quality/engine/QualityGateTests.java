package dev.tandem.quality.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityGateTests {

    private static final QualityGate.Settings DEFAULT =
            new QualityGate.Settings(Severity.HIGH, 0, BigDecimal.ZERO, null);

    @Test
    void aNewHighFindingFailsTheDefaultGate() {
        var result = QualityGate.findings(DEFAULT, Map.of(Severity.HIGH, 1, Severity.LOW, 7));
        assertThat(result.passed()).isFalse();
        assertThat(result.reasons()).containsExactly(new QualityGate.Reason("NEW_FINDINGS", List.of("1", "HIGH", "0")));
    }

    @Test
    void criticalCountsTowardsHighButMediumAndLowDoNot() {
        // 2 critical + 1 high = 3 blocking; the gate allows 3
        var settings = new QualityGate.Settings(Severity.HIGH, 3, BigDecimal.ZERO, null);
        assertThat(QualityGate.findings(settings, Map.of(Severity.CRITICAL, 2, Severity.HIGH, 1, Severity.MEDIUM, 9))
                .passed()).isTrue();
        assertThat(QualityGate.findings(settings, Map.of(Severity.CRITICAL, 3, Severity.HIGH, 1)).reasons())
                .containsExactly(new QualityGate.Reason("NEW_FINDINGS", List.of("4", "HIGH", "3")));
    }

    @Test
    void coverageMayNotFallBelowThePreviousReport() {
        // 80.00 -> 79.99 is a drop of 0.01 points, above the allowed 0
        var result = QualityGate.coverage(DEFAULT, new BigDecimal("79.99"), new BigDecimal("80.00"));
        assertThat(result.reasons()).containsExactly(new QualityGate.Reason("COVERAGE_DROP", List.of("80", "79.99", "0")));
        assertThat(QualityGate.coverage(DEFAULT, new BigDecimal("80.00"), new BigDecimal("80.00")).passed()).isTrue();
    }

    @Test
    void anAllowedDropPassesAndTheMinimumStillHolds() {
        // 80 -> 78.5 is 1.5 points, within 2; but the minimum is 79
        var settings = new QualityGate.Settings(Severity.HIGH, 0, new BigDecimal("2"), new BigDecimal("79"));
        var result = QualityGate.coverage(settings, new BigDecimal("78.5"), new BigDecimal("80"));
        assertThat(result.reasons()).containsExactly(
                new QualityGate.Reason("COVERAGE_BELOW_MINIMUM", List.of("78.5", "79")));
    }

    @Test
    void theFirstCoverageReportHasNothingToFallFrom() {
        assertThat(QualityGate.coverage(DEFAULT, new BigDecimal("12.5"), null).passed()).isTrue();
    }

    @Test
    void percentIsCoveredOverTotalWithTwoDecimals() {
        // 2 of 3 = 66.666… -> 66.67
        assertThat(QualityGate.percent(2, 3)).isEqualByComparingTo("66.67");
        assertThat(QualityGate.percent(0, 0)).isNull();
    }
}
