package dev.tandem.notification.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class QuietHoursTests {

    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), ZoneOffset.UTC);

    @Test
    void overMidnightHoldsTheEveningUntilTheNextMorning() {
        assertThat(NIGHT.release(Instant.parse("2026-12-01T23:15:00Z"))).isEqualTo(Instant.parse("2026-12-02T07:00:00Z"));
        assertThat(NIGHT.release(Instant.parse("2026-12-01T22:00:00Z"))).isEqualTo(Instant.parse("2026-12-02T07:00:00Z"));
    }

    @Test
    void overMidnightHoldsTheSmallHoursUntilThatMorning() {
        assertThat(NIGHT.release(Instant.parse("2026-12-02T03:00:00Z"))).isEqualTo(Instant.parse("2026-12-02T07:00:00Z"));
    }

    @Test
    void outsideQuietHoursAMessageGoesAtOnce() {
        Instant noon = Instant.parse("2026-12-02T12:00:00Z");
        assertThat(NIGHT.release(noon)).isEqualTo(noon);
        Instant seven = Instant.parse("2026-12-02T07:00:00Z");
        assertThat(NIGHT.release(seven)).isEqualTo(seven);
    }

    @Test
    void withinADayTheyEndTheSameDay() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30), ZoneOffset.UTC);
        assertThat(lunch.release(Instant.parse("2026-12-02T12:10:00Z"))).isEqualTo(Instant.parse("2026-12-02T13:30:00Z"));
        assertThat(lunch.release(Instant.parse("2026-12-02T13:30:00Z"))).isEqualTo(Instant.parse("2026-12-02T13:30:00Z"));
        assertThat(lunch.release(Instant.parse("2026-12-02T11:59:00Z"))).isEqualTo(Instant.parse("2026-12-02T11:59:00Z"));
    }

    @Test
    void theyAreReadOnThePersonsClock() {
        // 23:00 in Shanghai is 15:00 UTC; the quiet hours end at 07:00 Shanghai, 23:00 UTC
        QuietHours shanghai = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), ZoneId.of("Asia/Shanghai"));
        assertThat(shanghai.release(Instant.parse("2026-12-01T15:00:00Z"))).isEqualTo(Instant.parse("2026-12-01T23:00:00Z"));
    }

    @Test
    void equalTimesMeanNoQuietHours() {
        Instant any = Instant.parse("2026-12-02T03:00:00Z");
        assertThat(new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, ZoneOffset.UTC).release(any)).isEqualTo(any);
    }
}
