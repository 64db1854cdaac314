package dev.tandem.meeting;

import dev.tandem.meeting.engine.Recurrence;
import java.time.OffsetDateTime;

/** A line of a project's meeting list; {@code openActions} counts the action items agreed in it that are still open. */
public record MeetingSummary(long id, MeetingKind kind, String title, OffsetDateTime start, String timeZone,
                             int durationMinutes, Recurrence recurrence, String series, int openActions) {
}
