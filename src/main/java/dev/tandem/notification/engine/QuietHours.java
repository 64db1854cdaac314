package dev.tandem.notification.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A person's quiet hours, {@code from} until {@code until} on their own clock (over midnight when {@code from} is the
 * later time): an e-mail that falls into them waits until they end. Equal times mean no quiet hours.
 */
public record QuietHours(LocalTime from, LocalTime until, ZoneId zone) {

    /** When a message written at {@code now} may go: {@code now} itself, or the end of the quiet hours it falls into. */
    public Instant release(Instant now) {
        if (from.equals(until)) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        boolean overMidnight = from.isAfter(until);
        if (!overMidnight) {
            return !time.isBefore(from) && time.isBefore(until) ? day.atTime(until).atZone(zone).toInstant() : now;
        }
        if (!time.isBefore(from)) {
            return day.plusDays(1).atTime(until).atZone(zone).toInstant();
        }
        if (time.isBefore(until)) {
            return day.atTime(until).atZone(zone).toInstant();
        }
        return now;
    }
}
