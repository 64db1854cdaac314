package dev.tandem.pmo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.register.QualityGateSource.GateVerdict;
import dev.tandem.schedule.ProjectForecast.Milestone;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The colours follow the rules the page states, at their edges. */
class HealthRulesTests {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);
    private static final Instant NOW = Instant.parse("2027-03-15T09:00:00Z");

    @Test
    void scheduleJudgesTheOpenBaselinedMilestoneDueFirst() {
        var done = milestone("M-1", true, DAY.minusDays(10), 30);
        var unbaselined = milestone("M-2", false, null, 30);
        var later = milestone("M-3", false, DAY.plusDays(20), 30);
        var next = milestone("M-4", false, DAY, 2);

        assertThat(HealthRules.nextMilestone(List.of(done, unbaselined, later, next))).contains(next);
        assertThat(HealthRules.nextMilestone(List.of(done, unbaselined))).isEmpty();
    }

    @Test
    void scheduleIsGreenOnTimeAmberUpToTheThresholdRedBeyondAndUnknownWithoutABaseline() {
        assertThat(HealthRules.schedule(Optional.of(milestone("M", false, DAY, -3)))).isEqualTo(Rag.GREEN);
        assertThat(HealthRules.schedule(Optional.of(milestone("M", false, DAY, 0)))).isEqualTo(Rag.GREEN);
        assertThat(HealthRules.schedule(Optional.of(milestone("M", false, DAY, 1)))).isEqualTo(Rag.AMBER);
        assertThat(HealthRules.schedule(Optional.of(milestone("M", false, DAY, HealthRules.SCHEDULE_AMBER_DAYS))))
                .isEqualTo(Rag.AMBER);
        assertThat(HealthRules.schedule(Optional.of(milestone("M", false, DAY, HealthRules.SCHEDULE_AMBER_DAYS + 1))))
                .isEqualTo(Rag.RED);
        assertThat(HealthRules.schedule(Optional.empty())).isEqualTo(Rag.UNKNOWN);
    }

    @Test
    void scopeCountsTheChangeRequestsBeforeTheBoard() {
        assertThat(HealthRules.scope(0)).isEqualTo(Rag.GREEN);
        assertThat(HealthRules.scope(1)).isEqualTo(Rag.AMBER);
        assertThat(HealthRules.scope(HealthRules.SCOPE_RED_CHANGES - 1)).isEqualTo(Rag.AMBER);
        assertThat(HealthRules.scope(HealthRules.SCOPE_RED_CHANGES)).isEqualTo(Rag.RED);
    }

    @Test
    void budgetFollowsTheCostPerformanceIndex() {
        assertThat(HealthRules.budget(new BigDecimal("1.10"))).isEqualTo(Rag.GREEN);
        assertThat(HealthRules.budget(new BigDecimal("0.95"))).isEqualTo(Rag.GREEN);
        assertThat(HealthRules.budget(new BigDecimal("0.94"))).isEqualTo(Rag.AMBER);
        assertThat(HealthRules.budget(new BigDecimal("0.90"))).isEqualTo(Rag.AMBER);
        assertThat(HealthRules.budget(new BigDecimal("0.89"))).isEqualTo(Rag.RED);
        assertThat(HealthRules.budget(null)).isEqualTo(Rag.UNKNOWN);
    }

    @Test
    void qualityIsRedOnAFailedGateAmberWhenThePassesAreStaleAndUnknownWithoutReports() {
        Instant fresh = NOW.minus(Duration.ofDays(1));
        Instant stale = NOW.minus(Duration.ofDays(HealthRules.QUALITY_STALE_DAYS + 1));
        assertThat(HealthRules.quality(List.of(gate(true, fresh), gate(true, stale)), NOW)).isEqualTo(Rag.GREEN);
        assertThat(HealthRules.quality(List.of(gate(true, fresh), gate(false, fresh)), NOW)).isEqualTo(Rag.RED);
        assertThat(HealthRules.quality(List.of(gate(true, stale)), NOW)).isEqualTo(Rag.AMBER);
        assertThat(HealthRules.quality(List.of(), NOW)).isEqualTo(Rag.UNKNOWN);
    }

    private static Milestone milestone(String key, boolean done, LocalDate baseline, int slipDays) {
        LocalDate planned = baseline == null ? DAY : baseline;
        return new Milestone(key, key, done, baseline, planned, planned.plusDays(slipDays), slipDays, false);
    }

    private static GateVerdict gate(boolean passed, Instant at) {
        return new GateVerdict(passed ? "COVERAGE" : "FINDINGS", passed, "abc123", at, "/reports/1");
    }
}
