package dev.tandem.change;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "change_request")
class ChangeRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    @Column(name = "cr_number")
    private int number;
    private String title;
    private String reason;
    private String requestedBy;
    @Enumerated(EnumType.STRING)
    private ChangeState state = ChangeState.DRAFT;
    private String changesJson;
    private String impactJson;
    private Integer qualityRating;
    private String qualityRationale;
    private String decisionNote;
    private String baselineName;
    @Version
    private long version;
    private Instant createdAt;
    private Instant submittedAt;
    private Instant decidedAt;

    protected ChangeRequest() {
    }

    ChangeRequest(long projectId, int number, String title, String reason, String requestedBy, String changesJson,
                  Integer qualityRating, String qualityRationale, Instant now) {
        this.projectId = projectId;
        this.number = number;
        this.title = title;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.changesJson = changesJson;
        this.qualityRating = qualityRating;
        this.qualityRationale = qualityRationale;
        this.createdAt = now;
    }

    Long id() { return id; }
    Long projectId() { return projectId; }
    int number() { return number; }
    String title() { return title; }
    String reason() { return reason; }
    String requestedBy() { return requestedBy; }
    ChangeState state() { return state; }
    String changesJson() { return changesJson; }
    String impactJson() { return impactJson; }
    Integer qualityRating() { return qualityRating; }
    String qualityRationale() { return qualityRationale; }
    String decisionNote() { return decisionNote; }
    String baselineName() { return baselineName; }
    long version() { return version; }
    Instant createdAt() { return createdAt; }
    Instant submittedAt() { return submittedAt; }
    Instant decidedAt() { return decidedAt; }

    String code() {
        return "CR-" + number;
    }

    void submitted(String impactJson, Instant now) {
        this.impactJson = impactJson;
        this.state = ChangeState.IN_REVIEW;
        this.submittedAt = now;
    }

    void replaceChanges(String changesJson) {
        this.changesJson = changesJson;
    }

    void applied(String baselineName, String note, Instant now) {
        this.state = ChangeState.APPLIED;
        this.baselineName = baselineName;
        this.decisionNote = note;
        this.decidedAt = now;
    }

    void rejected(String note, Instant now) {
        this.state = ChangeState.REJECTED;
        this.decisionNote = note;
        this.decidedAt = now;
    }

    void withdrawn(Instant now) {
        this.state = ChangeState.WITHDRAWN;
        this.decidedAt = now;
    }
}
