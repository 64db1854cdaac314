package dev.tandem.meeting.internal;

import dev.tandem.meeting.engine.Recurrence;
import dev.tandem.system.Markdown;
import dev.tandem.system.SearchField.Part;
import dev.tandem.system.SearchField;
import jakarta.persistence.*;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import dev.tandem.meeting.MeetingKind;

/**
 * One meeting. Agenda and minutes each carry their own version, so the organiser rewriting the agenda does not make
 * a minute-taker's save stale; {@code version} guards the row against two writers at the same moment.
 */
@Entity
@Table(name = "meeting")
@Indexed(index = "meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @SearchField(Part.PROJECT)
    private Long projectId;
    private String series;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    @SearchField(Part.TITLE)
    private String title;
    @SearchField(Part.AT)
    private Instant startsAt;
    private String timeZone;
    private int durationMinutes;
    @Enumerated(EnumType.STRING)
    private Recurrence recurrence;
    private String agenda;
    private long agendaVersion;
    private String minutes;
    private long minutesVersion;
    private String minutesBy;
    private Instant minutesAt;
    @Version
    private long version;
    private String createdBy;
    private Instant createdAt;
    @ElementCollection
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Attendee> attendees = new ArrayList<>();

    protected Meeting() {
    }

    public Meeting(long projectId, String series, MeetingKind kind, String title, ZonedDateTime start, int durationMinutes,
            Recurrence recurrence, List<Attendee> attendees, String createdBy, Instant now) {
        this.projectId = projectId;
        this.series = series;
        this.kind = kind;
        this.title = title;
        this.startsAt = start.toInstant();
        this.timeZone = start.getZone().getId();
        this.durationMinutes = durationMinutes;
        this.recurrence = recurrence;
        this.attendees.addAll(attendees);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public Long projectId() { return projectId; }
    public String series() { return series; }
    public MeetingKind kind() { return kind; }
    public String title() { return title; }
    public Instant startsAt() { return startsAt; }
    public String timeZone() { return timeZone; }
    public ZonedDateTime start() { return startsAt.atZone(ZoneId.of(timeZone)); }
    public int durationMinutes() { return durationMinutes; }
    public Recurrence recurrence() { return recurrence; }
    public String agenda() { return agenda; }
    public long agendaVersion() { return agendaVersion; }
    public String minutes() { return minutes; }
    public long minutesVersion() { return minutesVersion; }
    public String minutesBy() { return minutesBy; }
    public Instant minutesAt() { return minutesAt; }
    public long version() { return version; }
    public String createdBy() { return createdBy; }
    public List<Attendee> attendees() { return attendees; }

    /** Changes what was scheduled; the kind, the series, the agenda and the minutes stay. */
    public void reschedule(String title, ZonedDateTime start, int durationMinutes, Recurrence recurrence,
            List<Attendee> attendees) {
        this.title = title;
        this.startsAt = start.toInstant();
        this.timeZone = start.getZone().getId();
        this.durationMinutes = durationMinutes;
        this.recurrence = recurrence;
        this.attendees.clear();
        this.attendees.addAll(attendees);
    }

    public void writeAgenda(String agenda) {
        this.agenda = agenda;
        this.agendaVersion++;
    }

    public void writeMinutes(String minutes, String by, Instant at) {
        this.minutes = minutes;
        this.minutesVersion++;
        this.minutesBy = by;
        this.minutesAt = at;
    }

    /** The meeting, for the link of a search hit. */
    @SearchField(Part.REF)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    String getIndexedMeeting() {
        return String.valueOf(id);
    }

    /** The text without its Markdown, so search snippets read as the page does. */
    @SearchField(Part.BODY)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "minutes")))
    String getIndexedText() {
        return Markdown.plainText(minutes);
    }
}
