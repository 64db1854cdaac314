package dev.tandem.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.planning.MetricDirection;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The success metrics computed from items, on hand-made items and hand-computed answers; today is Wednesday
 * 2027-03-10 and the window is four weeks (from 2027-02-10).
 */
class MetricCalculatorTests {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @Test
    void cycleTimeIsTheMedianOfTheFinishedNonMilestonesInTheWindow() {
        // 3, 5 and 18 days in the window; 5 days 80 days ago and a milestone do not count: median 5
        var items = List.of(done("task", 10, 7), done("story", 6, 1), done("bug", 20, 2), done("task", 80, 75),
                done("milestone", 3, 3));

        assertThat(MetricCalculator.cycleTimeDays(items, TODAY, 4)).isEqualByComparingTo("5");
    }

    @Test
    void anEvenCountTakesTheMeanOfTheMiddleTwo() {
        // 2, 3, 6 and 9 days: (3 + 6) / 2
        var items = List.of(done("task", 4, 2), done("task", 5, 2), done("task", 8, 2), done("task", 11, 2));

        assertThat(MetricCalculator.cycleTimeDays(items, TODAY, 4)).isEqualByComparingTo("4.5");
    }

    @Test
    void noFinishedItemInTheWindowGivesNoCycleTime() {
        assertThat(MetricCalculator.cycleTimeDays(List.of(done("task", 80, 75), open("task")), TODAY, 4)).isNull();
    }

    @Test
    void defectRateIsBugsCreatedPerStoryDoneInTheWindow() {
        // two stories done in the window (one long ago does not count), three bugs created today: 3 / 2
        var items = List.of(done("story", 9, 3), done("story", 9, 4), done("story", 90, 60), open("bug"), open("bug"),
                open("bug"));

        assertThat(MetricCalculator.defectRate(items, TODAY, 4, ZoneOffset.UTC)).isEqualByComparingTo("1.5");
    }

    @Test
    void noStoryDoneGivesNoDefectRate() {
        assertThat(MetricCalculator.defectRate(List.of(open("bug")), TODAY, 4, ZoneOffset.UTC)).isNull();
    }

    @Test
    void onTimeMilestoneRateCountsOnlyTheMilestonesDueByToday() {
        // due by today: one early, one late, one not done; the one due next week does not count: 1 of 3
        var items = List.of(milestone(10, 12), milestone(5, 2), milestone(1, null), milestone(-10, null));

        assertThat(MetricCalculator.onTimeMilestoneRate(items, TODAY)).isEqualByComparingTo("33.3");
    }

    @Test
    void theWindowIncludesItsFirstDayAndToday() {
        assertThat(MetricCalculator.within(TODAY.minusWeeks(4), TODAY, 4)).isTrue();
        assertThat(MetricCalculator.within(TODAY, TODAY, 4)).isTrue();
        assertThat(MetricCalculator.within(TODAY.minusWeeks(4).minusDays(1), TODAY, 4)).isFalse();
        assertThat(MetricCalculator.within(TODAY.plusDays(1), TODAY, 4)).isFalse();
        assertThat(MetricCalculator.within(null, TODAY, 4)).isFalse();
    }

    @Test
    void offTargetDependsOnTheDirection() {
        BigDecimal four = new BigDecimal("4");
        assertThat(MetricCalculator.offTarget(MetricDirection.LOWER_IS_BETTER, four, new BigDecimal("5"))).isTrue();
        assertThat(MetricCalculator.offTarget(MetricDirection.LOWER_IS_BETTER, four, four)).isFalse();
        assertThat(MetricCalculator.offTarget(MetricDirection.HIGHER_IS_BETTER, four, new BigDecimal("3.9"))).isTrue();
        assertThat(MetricCalculator.offTarget(MetricDirection.HIGHER_IS_BETTER, four, null)).isFalse();
    }

    /** Started and finished the given numbers of days before today, created when it started. */
    private static ItemView done(String type, int startedDaysAgo, int finishedDaysAgo) {
        return item(type, null, TODAY.minusDays(startedDaysAgo), TODAY.minusDays(finishedDaysAgo), TODAY.minusDays(startedDaysAgo));
    }

    private static ItemView open(String type) {
        return item(type, null, null, null, TODAY);
    }

    /** Due the given number of days before today (negative: after), finished that many days before today or not. */
    private static ItemView milestone(int dueDaysAgo, Integer finishedDaysAgo) {
        LocalDate finished = finishedDaysAgo == null ? null : TODAY.minusDays(finishedDaysAgo);
        return item("milestone", TODAY.minusDays(dueDaysAgo), finished, finished, TODAY.minusDays(30));
    }

    private static ItemView item(String type, LocalDate due, LocalDate start, LocalDate finish, LocalDate created) {
        StatusCategory category = finish != null ? StatusCategory.DONE : StatusCategory.TODO;
        return new ItemView(1, "M-1", "M", type, type, null, finish != null ? "Done" : "Backlog", category, false,
                null, null, null, null, null, "admin", null, Set.of(), null, null, null, null, null, null, null, due,
                start, finish, 0, created.atStartOfDay().toInstant(ZoneOffset.UTC), created.atStartOfDay()
                        .toInstant(ZoneOffset.UTC), false);
    }
}
