package dev.tandem.sprint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.sprint.Burndown;
import dev.tandem.sprint.internal.SprintMath.Track;
import dev.tandem.sprint.internal.SprintMath.Transition;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SprintMathTests {

    private static final LocalDate MON = LocalDate.of(2027, 1, 4);
    private static final Predicate<LocalDate> MONDAY_TO_FRIDAY =
            d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;

    @Test
    void workingDaysFollowTheCalendarGiven() {
        assertThat(SprintMath.workingDays(MON, MON.plusDays(11), MONDAY_TO_FRIDAY)).hasSize(10);
        assertThat(SprintMath.workingDays(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3), MONDAY_TO_FRIDAY)).isEmpty();
        assertThat(SprintMath.previousWorkingDay(LocalDate.of(2027, 1, 11), MONDAY_TO_FRIDAY)).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(SprintMath.previousWorkingDay(LocalDate.of(2027, 1, 13), MONDAY_TO_FRIDAY)).isEqualTo(LocalDate.of(2027, 1, 12));
        // a holiday on Wednesday and a make-up Saturday
        Predicate<LocalDate> withHoliday = d -> !d.equals(MON.plusDays(2)) && (MONDAY_TO_FRIDAY.test(d) || d.equals(MON.plusDays(5)));
        assertThat(SprintMath.workingDays(MON, MON.plusDays(6), withHoliday))
                .containsExactly(MON, MON.plusDays(1), MON.plusDays(3), MON.plusDays(4), MON.plusDays(5));
        assertThat(SprintMath.previousWorkingDay(MON.plusDays(3), withHoliday)).isEqualTo(MON.plusDays(1));
        assertThat(SprintMath.previousWorkingDay(MON.plusDays(7), withHoliday)).isEqualTo(MON.plusDays(5));
    }

    @Test
    void capacityIsWeeklyHoursPerWorkingDayLessLeaveOnWorkingDays() {
        // two weeks, 40 h a week: 80 h; leave on Tuesday and Wednesday (8 h each) and on a Saturday (no effect)
        int leave = SprintMath.leaveDays(Set.of(MON.plusDays(1), MON.plusDays(2), MON.plusDays(5), MON.plusDays(20)),
                MON, MON.plusDays(11), MONDAY_TO_FRIDAY);
        assertThat(leave).isEqualTo(2);
        assertThat(SprintMath.capacityHours(BigDecimal.valueOf(40), 10, leave)).isEqualByComparingTo("64.0");
        assertThat(SprintMath.capacityHours(BigDecimal.valueOf(30), 10, 0)).isEqualByComparingTo("60.0");
        assertThat(SprintMath.capacityHours(new BigDecimal("37.5"), 3, 1)).isEqualByComparingTo("15.0");
        assertThat(SprintMath.capacityHours(BigDecimal.valueOf(40), 2, 3)).isEqualByComparingTo("0.0");
    }

    /**
     * Five working days, 10 points committed: A (3) done Tuesday; B (5) done Thursday; C (2) done Wednesday and
     * reopened Thursday; D (1) added Wednesday and done Friday.
     */
    @Test
    void burndownAndBurnupFollowTheDoneHistory() {
        List<LocalDate> days = SprintMath.workingDays(MON, MON.plusDays(4), MONDAY_TO_FRIDAY);
        List<Track> tracks = List.of(
                new Track(BigDecimal.valueOf(3), MON, false, List.of(new Transition(MON, false),
                        new Transition(MON.plusDays(1), true))),
                new Track(BigDecimal.valueOf(5), MON, false, List.of(new Transition(MON.plusDays(3), true))),
                new Track(BigDecimal.valueOf(2), MON, false, List.of(new Transition(MON.plusDays(2), true),
                        new Transition(MON.plusDays(3), false))),
                new Track(BigDecimal.ONE, MON.plusDays(2), false, List.of(new Transition(MON.plusDays(4), true))));

        List<Burndown.Day> burn = SprintMath.burn(days, MON.plusDays(4), tracks);

        assertThat(SprintMath.committed(days, tracks)).isEqualByComparingTo("10");
        assertThat(burn).extracting(Burndown.Day::ideal).map(BigDecimal::toPlainString)
                .containsExactly("8.0", "6.0", "4.0", "2.0", "0.0");
        assertThat(burn).extracting(Burndown.Day::remaining).map(BigDecimal::toPlainString)
                .containsExactly("10.0", "7.0", "6.0", "3.0", "2.0");
        assertThat(burn).extracting(Burndown.Day::completed).map(BigDecimal::toPlainString)
                .containsExactly("0.0", "3.0", "5.0", "8.0", "9.0");
        assertThat(burn).extracting(Burndown.Day::scope).map(BigDecimal::toPlainString)
                .containsExactly("10.0", "10.0", "11.0", "11.0", "11.0");
    }

    @Test
    void daysAfterTheLastKnownDayHaveOnlyTheIdeal() {
        List<LocalDate> days = SprintMath.workingDays(MON, MON.plusDays(4), MONDAY_TO_FRIDAY);
        List<Track> tracks = List.of(new Track(BigDecimal.valueOf(4), MON, false,
                List.of(new Transition(MON.plusDays(1), true))));

        List<Burndown.Day> burn = SprintMath.burn(days, MON.plusDays(1), tracks);

        assertThat(burn.get(1).remaining()).isEqualByComparingTo("0");
        assertThat(burn.get(2).remaining()).isNull();
        assertThat(burn.get(2).completed()).isNull();
        assertThat(burn.get(2).ideal()).isEqualByComparingTo("1.6");
    }

    @Test
    void anItemDoneBeforeItsFirstRecordedChangeCountsAsDone() {
        Track reopened = new Track(BigDecimal.valueOf(2), MON, true, List.of(new Transition(MON.plusDays(1), false)));

        assertThat(reopened.doneAt(MON)).isTrue();
        assertThat(reopened.doneAt(MON.plusDays(1))).isFalse();
    }
}
