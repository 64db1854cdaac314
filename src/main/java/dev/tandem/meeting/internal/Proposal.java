package dev.tandem.meeting.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A decision, action item or summary proposed from the transcript, pending until the organiser accepts or discards it. */
@Entity
@Table(name = "meeting_proposal")
public class Proposal {

    public enum Kind { DECISION, ACTION, SUMMARY }

    public enum Status { PENDING, ACCEPTED, DISCARDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    private int position;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String text;
    private String ownerMention;
    private String ownerUsername;
    private String ownerStatus;
    private LocalDate due;
    private String duePhrase;
    private String lines;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String decidedBy;
    private Instant decidedAt;
    @Version
    private long version;

    protected Proposal() {
    }

    public Proposal(long meetingId, int position, Kind kind, String text, List<Integer> lines) {
        this.meetingId = meetingId;
        this.position = position;
        this.kind = kind;
        this.text = text;
        this.lines = lines.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.status = Status.PENDING;
    }

    public Proposal owner(String mention, String username, String status) {
        this.ownerMention = mention;
        this.ownerUsername = username;
        this.ownerStatus = status;
        return this;
    }

    public Proposal due(LocalDate due, String phrase) {
        this.due = due;
        this.duePhrase = phrase;
        return this;
    }

    public void decide(Status status, String by, Instant now) {
        this.status = status;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public Long id() { return id; }
    public Long meetingId() { return meetingId; }
    public Kind kind() { return kind; }
    public String text() { return text; }
    public String ownerMention() { return ownerMention; }
    public String ownerUsername() { return ownerUsername; }
    public String ownerStatus() { return ownerStatus; }
    public LocalDate due() { return due; }
    public String duePhrase() { return duePhrase; }
    public Status status() { return status; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public long version() { return version; }

    public List<Integer> lines() {
        return lines.isEmpty() ? List.of() : Arrays.stream(lines.split(",")).map(Integer::valueOf).toList();
    }
}
