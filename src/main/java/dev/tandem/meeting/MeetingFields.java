package dev.tandem.meeting;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the organiser fills in to schedule a meeting. {@code start} is the local time in {@code timeZone} (blank: the
 * organiser's chosen zone, else their browser's); {@code attendees} are usernames of project members, {@code guests}
 * people from outside the project.
 */
public record MeetingFields(String kind, String title, LocalDateTime start, String timeZone, Integer durationMinutes,
                            String recurrence, List<String> attendees, List<Guest> guests) {

    public record Guest(String name, String email) {
    }
}
