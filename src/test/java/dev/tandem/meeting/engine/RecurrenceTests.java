package dev.tandem.meeting.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class RecurrenceTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aWeeklyMeetingKeepsItsLocalTimeAcrossTheChangeToSummerTime() {
        // Berlin moves to summer time on Sunday 2027-03-28: 10:00 is 09:00 UTC before and 08:00 UTC after
        ZonedDateTime first = ZonedDateTime.of(LocalDateTime.parse("2027-03-22T10:00"), BERLIN);

        ZonedDateTime second = Recurrence.WEEKLY.occurrence(first, 1);

        assertThat(first.toInstant()).isEqualTo(Instant.parse("2027-03-22T09:00:00Z"));
        assertThat(second.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-03-29T10:00"));
        assertThat(second.toInstant()).isEqualTo(Instant.parse("2027-03-29T08:00:00Z"));
    }

    @Test
    void aBiweeklyMeetingFollowsEveryFourteenDays() {
        ZonedDateTime first = ZonedDateTime.of(LocalDateTime.parse("2027-01-04T10:00"), SHANGHAI);

        assertThat(Recurrence.BIWEEKLY.occurrence(first, 1).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-01-18T10:00"));
        assertThat(Recurrence.BIWEEKLY.occurrence(first, 2).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-02-01T10:00"));
    }

    @Test
    void aMonthlyMeetingOnThe31stFallsOnTheLastDayOfShortMonthsWithoutDrifting() {
        ZonedDateTime first = ZonedDateTime.of(LocalDateTime.parse("2027-01-31T15:00"), SHANGHAI);

        assertThat(Recurrence.MONTHLY.occurrence(first, 1).toLocalDate()).hasToString("2027-02-28");
        assertThat(Recurrence.MONTHLY.occurrence(first, 2).toLocalDate()).hasToString("2027-03-31");
        assertThat(Recurrence.MONTHLY.occurrence(first, 3).toLocalDate()).hasToString("2027-04-30");
    }

    @Test
    void theFirstOccurrenceIsTheFirstMeetingAndAMeetingThatDoesNotRecurHasNoSecond() {
        ZonedDateTime first = ZonedDateTime.of(LocalDateTime.parse("2027-01-04T10:00"), SHANGHAI);

        assertThat(Recurrence.WEEKLY.occurrence(first, 0)).isEqualTo(first);
        assertThat(Recurrence.NONE.occurrence(first, 0)).isEqualTo(first);
        assertThatThrownBy(() -> Recurrence.NONE.occurrence(first, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Recurrence.WEEKLY.occurrence(first, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
