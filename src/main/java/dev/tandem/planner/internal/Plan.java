package dev.tandem.planner.internal;

import jakarta.persistence.*;
import java.time.Instant;
import dev.tandem.planner.PlanOptions;
import dev.tandem.planner.PlanStatus;

/** One solve of a project and what became of it; the proposal and the item versions it read are JSON. */
@Entity
@Table(name = "resource_plan")
public class Plan {

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

    public Plan(long projectId, int planNumber, PlanOptions options, long seed, String itemVersionsJson, String startedBy,
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

    public Long id() { return id; }
    public Long projectId() { return projectId; }
    public int planNumber() { return planNumber; }
    public PlanStatus status() { return status; }
    public PlanOptions options() { return PlanOptions.parse(options); }
    public long seed() { return seed; }
    public String score() { return score; }
    public String proposalJson() { return proposalJson; }
    public String itemVersionsJson() { return itemVersionsJson; }
    public String changeRequest() { return changeRequest; }
    public String startedBy() { return startedBy; }
    public Instant startedAt() { return startedAt; }
    public Instant finishedAt() { return finishedAt; }
    long version() { return version; }

    public void finish(PlanStatus newStatus, String newScore, String proposal, Instant now) {
        status = newStatus;
        score = newScore;
        proposalJson = proposal;
        finishedAt = now;
    }

    public void decide(PlanStatus newStatus, String newChangeRequest, Instant now) {
        status = newStatus;
        changeRequest = newChangeRequest;
        finishedAt = finishedAt == null ? now : finishedAt;
    }
}
