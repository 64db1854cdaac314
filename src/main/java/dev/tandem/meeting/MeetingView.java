package dev.tandem.meeting;

import dev.tandem.meeting.engine.Recurrence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting as the surfaces show it. {@code start} is in the meeting's own {@code timeZone}. {@code carriedOver} are
 * the action items of earlier meetings of the series that are still open. {@code previous} and {@code next} are the
 * neighbouring meetings of the series, if any.
 */
public record MeetingView(long id, String project, MeetingKind kind, String title, OffsetDateTime start,
                          String timeZone, int durationMinutes, Recurrence recurrence, String series,
                          List<AttendeeView> attendees, String agenda, long agendaVersion, String minutes,
                          long minutesVersion, String minutesBy, Instant minutesAt, List<DecisionView> decisions,
                          List<ActionView> actions, List<ActionView> carriedOver, Long previous, Long next,
                          long version, String createdBy) {

    /** {@code username} is null for a guest; {@code left} is true for a member who has since left the project. */
    public record AttendeeView(String username, String name, String email, boolean left) {

        public boolean guest() {
            return username == null;
        }
    }

    public record DecisionView(long id, LocalDate decidedOn, String text, Integer adr, String changeRequest,
                               String createdBy, Instant createdAt) {
    }

    /**
     * {@code status} counts the work item: an action whose item is done is done. {@code ownerLeft} flags an owner who
     * is no longer a member. {@code itemStatus} is the item's workflow status, null without an item.
     */
    public record ActionView(long id, long meeting, LocalDate agreedOn, String title, String owner, String ownerName,
                             boolean ownerLeft, LocalDate due, ActionStatus status, String item, String itemStatus,
                             long version) {
    }
}
