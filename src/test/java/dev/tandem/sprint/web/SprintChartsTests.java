package dev.tandem.sprint.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.sprint.Burndown;
import dev.tandem.sprint.SprintState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A line of one point draws nothing in SVG, so single points get a marker; a chart without actuals says so. */
class SprintChartsTests {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Test
    void onTheSprintsFirstDayTheRemainingAndCompletedWorkAreMarkedAsPoints() {
        Burndown firstDay = burndown(SprintState.ACTIVE,
                new Burndown.Day(MONDAY, BigDecimal.TEN, BigDecimal.valueOf(8), BigDecimal.valueOf(2), BigDecimal.TEN),
                new Burndown.Day(MONDAY.plusDays(1), BigDecimal.ZERO, null, null, null));

        var burndown = SprintCharts.burndown(firstDay);
        assertThat(burndown.empty()).isFalse();
        assertThat(burndown.dots()).containsExactly(new SprintCharts.Dot("remaining", "48", "56.8"));

        var burnup = SprintCharts.burnup(firstDay);
        assertThat(burnup.dots()).containsExactly(new SprintCharts.Dot("scope", "48", "16"),
                new SprintCharts.Dot("completed", "48", "179.2"));
    }

    @Test
    void linesOfTwoOrMorePointsNeedNoMarkers() {
        Burndown twoDays = burndown(SprintState.ACTIVE,
                new Burndown.Day(MONDAY, BigDecimal.TEN, BigDecimal.valueOf(8), BigDecimal.valueOf(2), BigDecimal.TEN),
                new Burndown.Day(MONDAY.plusDays(1), BigDecimal.ZERO, BigDecimal.valueOf(5), BigDecimal.valueOf(5),
                        BigDecimal.TEN));
        assertThat(SprintCharts.burndown(twoDays).dots()).isEmpty();
        assertThat(SprintCharts.burnup(twoDays).dots()).isEmpty();
    }

    @Test
    void aSprintWithoutActualsIsEmpty() {
        Burndown planned = burndown(SprintState.PLANNED,
                new Burndown.Day(MONDAY, BigDecimal.TEN, null, null, null),
                new Burndown.Day(MONDAY.plusDays(1), BigDecimal.ZERO, null, null, null));
        assertThat(SprintCharts.burndown(planned).empty()).isTrue();
        assertThat(SprintCharts.burnup(planned).empty()).isTrue();
        assertThat(SprintCharts.burndown(planned).dots()).isEmpty();
    }

    private static Burndown burndown(SprintState state, Burndown.Day... days) {
        return new Burndown(1, "Sprint 1", state, "points", MONDAY, MONDAY.plusDays(days.length - 1), BigDecimal.TEN,
                List.of(days));
    }
}
