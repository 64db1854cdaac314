package dev.tandem.register;

import jakarta.persistence.*;
import java.time.Instant;

/** One scoring of a feature or epic; a new scoring adds a row, so the rows are the scorecard's history. */
@Entity
@Table(name = "scorecard")
class Scorecard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private String itemKey;
    private int feasibility;
    private String feasibilityRationale;
    private int scalability;
    private String scalabilityRationale;
    private int maintainability;
    private String maintainabilityRationale;
    private int risk;
    private String riskRationale;
    private String scorer;
    private Instant scoredAt;

    protected Scorecard() {
    }

    Scorecard(long projectId, String itemKey, ScoreFields f, String scorer, Instant scoredAt) {
        this.projectId = projectId;
        this.itemKey = itemKey;
        this.feasibility = f.feasibility();
        this.feasibilityRationale = f.feasibilityRationale();
        this.scalability = f.scalability();
        this.scalabilityRationale = f.scalabilityRationale();
        this.maintainability = f.maintainability();
        this.maintainabilityRationale = f.maintainabilityRationale();
        this.risk = f.risk();
        this.riskRationale = f.riskRationale();
        this.scorer = scorer;
        this.scoredAt = scoredAt;
    }

    Long id() { return id; }
    Long projectId() { return projectId; }
    String itemKey() { return itemKey; }
    ScoreFields fields() {
        return new ScoreFields(feasibility, feasibilityRationale, scalability, scalabilityRationale, maintainability,
                maintainabilityRationale, risk, riskRationale);
    }
    String scorer() { return scorer; }
    Instant scoredAt() { return scoredAt; }
}
