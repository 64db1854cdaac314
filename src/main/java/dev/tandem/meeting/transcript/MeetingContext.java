package dev.tandem.meeting.transcript;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an extractor knows about the meeting.
 *
 * @param meetingDate  the date relative due dates ("by Friday", "月底") are counted from, in the meeting's time zone
 * @param participants the people an action item may be assigned to (project members and attendees)
 */
public record MeetingContext(LocalDate meetingDate, List<Participant> participants) {

    public MeetingContext {
        Objects.requireNonNull(meetingDate, "meetingDate");
        participants = List.copyOf(participants);
    }
}
