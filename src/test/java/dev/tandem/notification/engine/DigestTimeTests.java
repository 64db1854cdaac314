package dev.tandem.notification.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DigestTimeTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");   // UTC+8, no summer time
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theDigestTimeIsOnThePersonsClock() {
        DigestTime nine = new DigestTime(LocalTime.of(9, 0), SHANGHAI);
        // 2027-03-01 02:30 UTC is 10:30 in Shanghai: today's 09:00 there (01:00 UTC) has passed
        Instant now = Instant.parse("2027-03-01T02:30:00Z");
        assertThat(nine.latest(now)).isEqualTo(Instant.parse("2027-03-01T01:00:00Z"));
        assertThat(nine.next(now)).isEqualTo(Instant.parse("2027-03-02T01:00:00Z"));
        // 00:30 UTC is 08:30 in Shanghai: the latest was yesterday's
        Instant early = Instant.parse("2027-03-01T00:30:00Z");
        assertThat(nine.latest(early)).isEqualTo(Instant.parse("2027-02-28T01:00:00Z"));
        assertThat(nine.next(early)).isEqualTo(Instant.parse("2027-03-01T01:00:00Z"));
    }

    @Test
    void exactlyAtTheTimeIsThatDigest() {
        DigestTime nine = new DigestTime(LocalTime.of(9, 0), SHANGHAI);
        Instant at = Instant.parse("2027-03-01T01:00:00Z");
        assertThat(nine.latest(at)).isEqualTo(at);
        assertThat(nine.next(at)).isEqualTo(Instant.parse("2027-03-02T01:00:00Z"));
    }

    @Test
    void aTimeTheClockSkipsIsTheMomentAfter() {
        // Berlin skips 02:00–03:00 on 2027-03-28; 02:30 that day is 03:30 CEST = 01:30 UTC
        DigestTime halfPastTwo = new DigestTime(LocalTime.of(2, 30), BERLIN);
        assertThat(halfPastTwo.latest(Instant.parse("2027-03-28T12:00:00Z")))
                .isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
    }
}
