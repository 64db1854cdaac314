package dev.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** "A week ago" is counted from today where the reader is, not where the server is. */
class DatesTests {

    // 12:00 UTC on 3 December: already the 4th at UTC+14, still the 3rd at UTC−11
    private final Dates dates = new Dates(Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void forgetTheZone() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aWeekAgoIsCountedFromTheReadersToday() {
        LocaleContextHolder.setTimeZone(TimeZone.getTimeZone("Pacific/Kiritimati"));
        assertThat(dates.daysAgo(7)).isEqualTo("2026-11-27");
        LocaleContextHolder.setTimeZone(TimeZone.getTimeZone("Pacific/Pago_Pago"));
        assertThat(dates.daysAgo(7)).isEqualTo("2026-11-26");
        LocaleContextHolder.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
        assertThat(dates.daysAgo(0)).isEqualTo("2026-12-03");
    }
}
