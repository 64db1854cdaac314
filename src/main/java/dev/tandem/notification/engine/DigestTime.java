package dev.tandem.notification.engine;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The time of day a person gets their daily digest, on their own clock. The digest of a day gathers the e-mails
 * written before that day's digest time; on a day the clock skips the time (summer time) it is the first moment after.
 */
public record DigestTime(LocalTime at, ZoneId zone) {

    /** The latest digest time at or before {@code now}. */
    public Instant latest(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = local.toLocalDate().atTime(at).atZone(zone);
        return (today.isAfter(local) ? local.toLocalDate().minusDays(1).atTime(at).atZone(zone) : today).toInstant();
    }

    /** The first digest time after {@code now}. */
    public Instant next(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = local.toLocalDate().atTime(at).atZone(zone);
        return (today.isAfter(local) ? today : local.toLocalDate().plusDays(1).atTime(at).atZone(zone)).toInstant();
    }
}
