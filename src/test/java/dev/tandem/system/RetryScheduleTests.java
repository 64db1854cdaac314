package dev.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTests {

    private static final Instant START = Instant.parse("2027-01-04T09:00:00Z");

    @Test
    void waitsThirtySecondsAfterTheFirstFailureAndDoublesAfterEachFurtherOne() {
        assertThat(RetrySchedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetrySchedule.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RetrySchedule.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RetrySchedule.delayAfter(7)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void neverWaitsLongerThanAnHour() {
        assertThat(RetrySchedule.delayAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(RetrySchedule.delayAfter(40)).isEqualTo(Duration.ofHours(1));
        assertThat(RetrySchedule.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theNextAttemptIsTheDelayAfterTheFailedOne() {
        assertThat(RetrySchedule.next(START, START.plusSeconds(2), 1)).isEqualTo(START.plusSeconds(32));
        assertThat(RetrySchedule.next(START, START.plus(Duration.ofHours(5)), 12))
                .isEqualTo(START.plus(Duration.ofHours(6)));
    }

    @Test
    void givesUpWhenTheNextAttemptWouldFallPastADayFromTheStartOfRetries() {
        // 23:00 + 1 h is exactly the end of the day: still tried; a second later it is not
        assertThat(RetrySchedule.next(START, START.plus(Duration.ofHours(23)), 20))
                .isEqualTo(START.plus(Duration.ofHours(24)));
        assertThat(RetrySchedule.next(START, START.plus(Duration.ofHours(23)).plusSeconds(1), 20)).isNull();
    }

    @Test
    void attemptsCountFromOne() {
        assertThatThrownBy(() -> RetrySchedule.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
