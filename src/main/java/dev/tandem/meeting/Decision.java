package dev.tandem.meeting;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** A decision taken in a meeting, optionally linked to a charter ADR or a change request of the project. */
@Entity
@Table(name = "meeting_decision")
class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long meetingId;
    private Long projectId;
    private LocalDate decidedOn;
    private String text;
    private Integer adrNumber;
    private String changeRequest;
    private String createdBy;
    private Instant createdAt;

    protected Decision() {
    }

    Decision(long meetingId, long projectId, LocalDate decidedOn, String text, Integer adrNumber, String changeRequest,
             String createdBy, Instant now) {
        this.meetingId = meetingId;
        this.projectId = projectId;
        this.decidedOn = decidedOn;
        this.text = text;
        this.adrNumber = adrNumber;
        this.changeRequest = changeRequest;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    Long id() { return id; }
    Long meetingId() { return meetingId; }
    LocalDate decidedOn() { return decidedOn; }
    String text() { return text; }
    Integer adrNumber() { return adrNumber; }
    String changeRequest() { return changeRequest; }
    String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }
}
