package dev.tandem.planner;

import jakarta.persistence.*;
import java.time.Instant;

/** One solve of a project and what became of it; the proposal and the item versions it read are JSON. */
@Entity
@Table(name = "resource_plan")
class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private int planNumber;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private String options;
    private long seed;
    private String score;
    private String proposalJson;
    private String itemVersionsJson;
    private String changeRequest;
    private String startedBy;
    private Instant startedAt;
    private Instant finishedAt;
    @Version
    private long version;

    protected Plan() {
    }

    Plan(long projectId, int planNumber, PlanOptions options, long seed, String itemVersionsJson, String startedBy,
         Instant now) {
        this.projectId = projectId;
        this.planNumber = planNumber;
        this.status = PlanStatus.RUNNING;
        this.options = options.code();
        this.seed = seed;
        this.itemVersionsJson = itemVersionsJson;
        this.startedBy = startedBy;
        this.startedAt = now;
    }

    Long id() { return id; }
    Long projectId() { return projectId; }
    int planNumber() { return planNumber; }
    PlanStatus status() { return status; }
    PlanOptions options() { return PlanOptions.parse(options); }
    long seed() { return seed; }
    String score() { return score; }
    String proposalJson() { return proposalJson; }
    String itemVersionsJson() { return itemVersionsJson; }
    String changeRequest() { return changeRequest; }
    String startedBy() { return startedBy; }
    Instant startedAt() { return startedAt; }
    Instant finishedAt() { return finishedAt; }
    long version() { return version; }

    void finish(PlanStatus newStatus, String newScore, String proposal, Instant now) {
        status = newStatus;
        score = newScore;
        proposalJson = proposal;
        finishedAt = now;
    }

    void decide(PlanStatus newStatus, String newChangeRequest, Instant now) {
        status = newStatus;
        changeRequest = newChangeRequest;
        finishedAt = finishedAt == null ? now : finishedAt;
    }
}
