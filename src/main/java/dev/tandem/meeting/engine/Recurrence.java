package dev.tandem.meeting.engine;

import java.time.ZonedDateTime;

/**
 * How the meetings of a series follow each other. Occurrences count from the series' first meeting in its own time
 * zone, so a weekly 10:00 meeting stays at 10:00 local time across a daylight-saving change, and a monthly one on
 * the 31st falls on the last day of shorter months without drifting to the 28th afterwards.
 */
public enum Recurrence {
    NONE, WEEKLY, BIWEEKLY, MONTHLY;

    /** The {@code n}-th meeting of a series whose first meeting (n = 0) starts at {@code first}. */
    public ZonedDateTime occurrence(ZonedDateTime first, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        return switch (this) {
            case NONE -> {
                if (n > 0) {
                    throw new IllegalStateException("a meeting without recurrence has no next meeting");
                }
                yield first;
            }
            case WEEKLY -> first.plusWeeks(n);
            case BIWEEKLY -> first.plusWeeks(2L * n);
            case MONTHLY -> first.plusMonths(n);
        };
    }
}
