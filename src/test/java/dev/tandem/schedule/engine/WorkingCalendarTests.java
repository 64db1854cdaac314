package dev.tandem.schedule.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The calendar's working-day index: dates to indices and back, checked against days counted by hand on a wall
 * calendar (weekdays named in the comments).
 */
class WorkingCalendarTests {

    private static final LocalDate MON_2026_12_28 = LocalDate.of(2026, 12, 28);

    /** From Monday 2026-12-28, with Christmas and New Year's Day off and Saturday 2027-01-09 worked. */
    private static WorkingCalendar yearEnd() {
        return WorkingCalendar.startingOn(MON_2026_12_28)
                .holidays(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)))
                .makeUpWorkingDays(List.of(LocalDate.of(2027, 1, 9)))
                .build();
    }

    @Test
    void indicesRunAcrossTheYearEndSkippingTheNewYearHolidayAndTheWeekend() {
        WorkingCalendar calendar = yearEnd();

        // Mon 28 = 0, Tue 29 = 1, Wed 30 = 2, Thu 31 = 3; Fri 1 Jan holiday, Sat 2, Sun 3; Mon 4 Jan = 4
        assertThat(calendar.dateOf(0)).isEqualTo("2026-12-28");
        assertThat(calendar.dateOf(3)).isEqualTo("2026-12-31");
        assertThat(calendar.dateOf(4)).isEqualTo("2027-01-04");
        assertThat(calendar.startIndexOf(LocalDate.of(2027, 1, 1))).isEqualTo(4);
        assertThat(calendar.startIndexOf(LocalDate.of(2027, 1, 3))).isEqualTo(4);
        // work ending on the holiday or the weekend after it really ends on Thursday 31: exclusive finish 4
        assertThat(calendar.finishIndexOf(LocalDate.of(2027, 1, 1))).isEqualTo(4);
        assertThat(calendar.finishIndexOf(LocalDate.of(2027, 1, 3))).isEqualTo(4);
        assertThat(calendar.finishIndexOf(LocalDate.of(2026, 12, 31))).isEqualTo(4);
        assertThat(calendar.finishDate(1, 4)).isEqualTo("2026-12-31");
    }

    @Test
    void aMakeUpSaturdayIsWorkedAndCounted() {
        WorkingCalendar calendar = yearEnd();

        // Mon 4 = 4 ... Fri 8 = 8, Sat 9 (make-up) = 9, Mon 11 = 10
        assertThat(calendar.dateOf(8)).isEqualTo("2027-01-08");
        assertThat(calendar.dateOf(9)).isEqualTo("2027-01-09");
        assertThat(calendar.dateOf(10)).isEqualTo("2027-01-11");
        assertThat(calendar.startIndexOf(LocalDate.of(2027, 1, 10))).isEqualTo(10);
        assertThat(calendar.finishIndexOf(LocalDate.of(2027, 1, 10))).isEqualTo(10);
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 9))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 16))).isFalse();
    }

    @Test
    void indicesBeforeTheStartCountBackwardsPastAHoliday() {
        WorkingCalendar calendar = yearEnd();

        // Fri 25 Dec is a holiday, so the working day before Monday 28 is Thursday 24
        assertThat(calendar.dateOf(-1)).isEqualTo("2026-12-24");
        assertThat(calendar.dateOf(-2)).isEqualTo("2026-12-23");
        assertThat(calendar.startIndexOf(LocalDate.of(2026, 12, 25))).isEqualTo(0);
        assertThat(calendar.finishIndexOf(LocalDate.of(2026, 12, 27))).isEqualTo(0);
        assertThat(calendar.startIndexOf(LocalDate.of(2026, 12, 24))).isEqualTo(-1);
    }

    @Test
    void aProjectStartingOnAHolidayWeekendStartsOnTheNextWorkingDay() {
        WorkingCalendar calendar = WorkingCalendar.startingOn(LocalDate.of(2027, 1, 2))
                .holidays(List.of(LocalDate.of(2027, 1, 1))).build();

        // Sat 2 Jan: index 0 is Monday 4; the working day before is Thursday 31 Dec (Fri 1 Jan is off)
        assertThat(calendar.dateOf(0)).isEqualTo("2027-01-04");
        assertThat(calendar.startIndexOf(LocalDate.of(2027, 1, 2))).isEqualTo(0);
        assertThat(calendar.dateOf(-1)).isEqualTo("2026-12-31");
    }

    @Test
    void weekdaysAreRightAcrossTheStartOfTheEpochAndALeapDay() {
        // Monday 1969-12-29: Thu 1970-01-01 = 3, Fri 2 = 4, Mon 5 = 5; the Friday before the start is 1969-12-26
        WorkingCalendar epoch = WorkingCalendar.mondayToFriday(LocalDate.of(1969, 12, 29));
        assertThat(epoch.dateOf(3)).isEqualTo("1970-01-01");
        assertThat(epoch.dateOf(5)).isEqualTo("1970-01-05");
        assertThat(epoch.dateOf(-1)).isEqualTo("1969-12-26");
        assertThat(epoch.isWorkingDay(LocalDate.of(1970, 1, 3))).isFalse();

        // Monday 2028-02-28: Tue 29 (leap day) = 1, Wed 1 March = 2
        WorkingCalendar leap = WorkingCalendar.mondayToFriday(LocalDate.of(2028, 2, 28));
        assertThat(leap.dateOf(1)).isEqualTo("2028-02-29");
        assertThat(leap.dateOf(2)).isEqualTo("2028-03-01");
        assertThat(leap.finishIndexOf(LocalDate.of(2028, 3, 4))).isEqualTo(5);
    }

    @Test
    void aSundayToThursdayWeekIsCountedByItsOwnWeekdays() {
        WorkingCalendar calendar = WorkingCalendar.startingOn(LocalDate.of(2027, 1, 3))
                .workingWeekdays(List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY))
                .build();

        // Sun 3 = 0 ... Thu 7 = 4, Fri 8 and Sat 9 off, Sun 10 = 5
        assertThat(calendar.dateOf(4)).isEqualTo("2027-01-07");
        assertThat(calendar.dateOf(5)).isEqualTo("2027-01-10");
        assertThat(calendar.startIndexOf(LocalDate.of(2027, 1, 8))).isEqualTo(5);
    }

    @Test
    void leaveOnAMakeUpSaturdayIsNotWorkedAndShiftsLaterIndices() {
        WorkingCalendar onLeave = yearEnd().withNonWorkingDays(List.of(LocalDate.of(2027, 1, 9), LocalDate.of(2027, 1, 9)));

        assertThat(onLeave.isWorkingDay(LocalDate.of(2027, 1, 9))).isFalse();
        assertThat(onLeave.dateOf(9)).isEqualTo("2027-01-11");
        assertThat(yearEnd().dateOf(9)).isEqualTo("2027-01-09");
    }

    @Test
    void farIndicesGrowTheTableAndAgreeWithCountingDayByDay() {
        WorkingCalendar calendar = yearEnd();
        // some eighty years ahead first, then back near the start: the table grows outwards and stays right
        LocalDate far = calendar.dateOf(20_000);
        assertThat(far.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(calendar.startIndexOf(far)).isEqualTo(20_000);

        int index = -300;
        for (LocalDate day = calendar.dateOf(-300); day.isBefore(LocalDate.of(2029, 1, 1)); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                assertThat(calendar.dateOf(index)).isEqualTo(day);
                assertThat(calendar.startIndexOf(day)).isEqualTo(index);
                assertThat(calendar.finishIndexOf(day)).isEqualTo(index + 1);
                index++;
            }
        }
        // 2026-12-28 to 2028-12-31: 525 weekdays, less New Year's Day 2027, plus the make-up Saturday: 525
        assertThat(calendar.startIndexOf(LocalDate.of(2029, 1, 1))).isEqualTo(525);
        assertThat(index).isEqualTo(525);
    }

    @Test
    void aDayCannotBeBothAHolidayAndAMakeUpDay() {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingCalendar.startingOn(MON_2026_12_28)
                        .holidays(List.of(LocalDate.of(2027, 1, 9))).makeUpWorkingDays(List.of(LocalDate.of(2027, 1, 9)))
                        .build())
                .withMessageContaining("2027-01-09");
    }
}
