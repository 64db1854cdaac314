package dev.tandem.meeting;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A decision, action item or summary proposed from the transcript, pending until the organiser accepts or discards it. */
@Entity
@Table(name = "meeting_proposal")
class Proposal {

    enum Kind { DECISION, ACTION, SUMMARY }

    enum Status { PENDING, ACCEPTED, DISCARDED }

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

    Proposal(long meetingId, int position, Kind kind, String text, List<Integer> lines) {
        this.meetingId = meetingId;
        this.position = position;
        this.kind = kind;
        this.text = text;
        this.lines = lines.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.status = Status.PENDING;
    }

    Proposal owner(String mention, String username, String status) {
        this.ownerMention = mention;
        this.ownerUsername = username;
        this.ownerStatus = status;
        return this;
    }

    Proposal due(LocalDate due, String phrase) {
        this.due = due;
        this.duePhrase = phrase;
        return this;
    }

    void decide(Status status, String by, Instant now) {
        this.status = status;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    Long id() { return id; }
    Long meetingId() { return meetingId; }
    Kind kind() { return kind; }
    String text() { return text; }
    String ownerMention() { return ownerMention; }
    String ownerUsername() { return ownerUsername; }
    String ownerStatus() { return ownerStatus; }
    LocalDate due() { return due; }
    String duePhrase() { return duePhrase; }
    Status status() { return status; }
    String decidedBy() { return decidedBy; }
    Instant decidedAt() { return decidedAt; }
    long version() { return version; }

    List<Integer> lines() {
        return lines.isEmpty() ? List.of() : Arrays.stream(lines.split(",")).map(Integer::valueOf).toList();
    }
}
