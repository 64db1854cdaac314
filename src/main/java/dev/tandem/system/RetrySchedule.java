package dev.tandem.system;

import java.time.Duration;
import java.time.Instant;

/**
 * When a delivery that failed (a webhook, an e-mail, a chat message) is tried again: 30 seconds after the first
 * attempt, doubling after each further one up to an hour; once a day has passed since its retries began, it is given up.
 */
public final class RetrySchedule {

    public static final Duration FIRST = Duration.ofSeconds(30);
    public static final Duration LONGEST = Duration.ofHours(1);
    public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

    private RetrySchedule() {
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    public static Duration delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts start at 1");
        }
        // 30 s doubled 7 times is past an hour already; capping the shift keeps it from overflowing
        Duration delay = FIRST.multipliedBy(1L << Math.min(attempts - 1, 7));
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }

    /** The next attempt after a failed one at {@code now}, or null when the day since {@code retryFrom} is over. */
    public static Instant next(Instant retryFrom, Instant now, int attempts) {
        Instant next = now.plus(delayAfter(attempts));
        return next.isAfter(retryFrom.plus(GIVE_UP_AFTER)) ? null : next;
    }
}
