package dev.tandem.change.internal;

import dev.tandem.change.ChangeState;
import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "change_request")
public class ChangeRequest {

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

    public ChangeRequest(long projectId, int number, String title, String reason, String requestedBy, String changesJson,
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

    public Long id() { return id; }
    public Long projectId() { return projectId; }
    public int number() { return number; }
    public String title() { return title; }
    public String reason() { return reason; }
    public String requestedBy() { return requestedBy; }
    public ChangeState state() { return state; }
    public String changesJson() { return changesJson; }
    public String impactJson() { return impactJson; }
    public Integer qualityRating() { return qualityRating; }
    public String qualityRationale() { return qualityRationale; }
    public String decisionNote() { return decisionNote; }
    public String baselineName() { return baselineName; }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant submittedAt() { return submittedAt; }
    public Instant decidedAt() { return decidedAt; }

    public String code() {
        return "CR-" + number;
    }

    public void submitted(String impactJson, Instant now) {
        this.impactJson = impactJson;
        this.state = ChangeState.IN_REVIEW;
        this.submittedAt = now;
    }

    public void replaceChanges(String changesJson) {
        this.changesJson = changesJson;
    }

    public void applied(String baselineName, String note, Instant now) {
        this.state = ChangeState.APPLIED;
        this.baselineName = baselineName;
        this.decisionNote = note;
        this.decidedAt = now;
    }

    public void rejected(String note, Instant now) {
        this.state = ChangeState.REJECTED;
        this.decisionNote = note;
        this.decidedAt = now;
    }

    public void withdrawn(Instant now) {
        this.state = ChangeState.WITHDRAWN;
        this.decidedAt = now;
    }
}
