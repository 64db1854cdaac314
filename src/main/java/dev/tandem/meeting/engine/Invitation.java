package dev.tandem.meeting.engine;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationStatus;
import biweekly.parameter.Role;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.util.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * An iCalendar (RFC 5545) invitation to one meeting, written by biweekly (escaping, line folding, CRLF). Times are
 * written in UTC, which every calendar converts to its reader's zone, so no VTIMEZONE has to travel with it.
 * {@code sequence} grows whenever the meeting changes, so calendars replace the invitation they hold.
 */
public final class Invitation {

    /** A person invited; {@code email} may be null for a member without one. */
    public record Person(String name, String email) {
    }

    public record Meeting(String uid, int sequence, String title, String description, String url, Instant start,
                          int durationMinutes, Person organizer, List<Person> attendees, Instant stamp) {
    }

    private Invitation() {
    }

    public static String write(Meeting meeting) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Tandem//Meetings//EN");
        calendar.setMethod(Method.request());
        VEvent event = new VEvent();
        event.setUid(meeting.uid());
        event.setSequence(meeting.sequence());
        event.setDateTimeStamp(Date.from(meeting.stamp()));
        event.setDateStart(Date.from(meeting.start()), true);
        event.setDuration(Duration.builder().minutes(meeting.durationMinutes()).build());
        event.setSummary(meeting.title());
        if (meeting.description() != null && !meeting.description().isBlank()) {
            event.setDescription(meeting.description());
        }
        if (meeting.url() != null) {
            event.setUrl(meeting.url());
        }
        if (meeting.organizer() != null) {
            event.setOrganizer(new Organizer(meeting.organizer().name(), meeting.organizer().email()));
        }
        for (Person p : meeting.attendees()) {
            Attendee attendee = new Attendee(p.name(), p.email());
            attendee.setRole(Role.ATTENDEE);
            attendee.setParticipationStatus(ParticipationStatus.NEEDS_ACTION);
            attendee.setRsvp(true);
            event.addAttendee(attendee);
        }
        calendar.addEvent(event);
        return Biweekly.write(calendar).go();
    }
}
