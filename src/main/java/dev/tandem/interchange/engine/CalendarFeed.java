package dev.tandem.interchange.engine;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.Duration;
import biweekly.util.ICalDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * A person's iCalendar feed (RFC 5545), written by biweekly, the library Tandem's meeting invitations use: whole-day
 * events for milestones, sprints and due items, timed ones (in UTC) for meetings. Each event's UID stays the same
 * from one fetch to the next, so a calendar updates it in place.
 */
public final class CalendarFeed {

    private CalendarFeed() {
    }

    /** A whole-day event from {@code day} to {@code lastDay} (inclusive), or a timed one when {@code start} is set. */
    public record Event(String uid, String title, String description, String url, LocalDate day, LocalDate lastDay,
                        Instant start, int durationMinutes) {

        public static Event days(String uid, String title, String description, String url, LocalDate first,
                                 LocalDate last) {
            return new Event(uid, title, description, url, first, last, null, 0);
        }

        public static Event timed(String uid, String title, String description, String url, Instant start,
                                  int minutes) {
            return new Event(uid, title, description, url, null, null, start, minutes);
        }
    }

    public static String write(String name, List<Event> events, Instant stamp) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Tandem//Calendar feed//EN");
        calendar.setName(name);
        for (Event e : events) {
            VEvent event = new VEvent();
            event.setUid(e.uid());
            event.setDateTimeStamp(Date.from(stamp));
            event.setSummary(e.title());
            if (e.description() != null && !e.description().isBlank()) {
                event.setDescription(e.description());
            }
            if (e.url() != null) {
                event.setUrl(e.url());
            }
            if (e.start() != null) {
                event.setDateStart(Date.from(e.start()), true);
                event.setDuration(Duration.builder().minutes(e.durationMinutes()).build());
            } else {
                event.setDateStart(new DateStart(day(e.day())));
                event.setDateEnd(new DateEnd(day(e.lastDay().plusDays(1))));
            }
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    /** biweekly writes a date without time in the default zone, so the day is taken at its midnight there. */
    private static ICalDate day(LocalDate day) {
        return new ICalDate(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()), false);
    }
}
