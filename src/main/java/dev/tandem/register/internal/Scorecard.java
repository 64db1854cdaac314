package dev.tandem.register.internal;

import dev.tandem.register.ScoreFields;

import jakarta.persistence.*;
import java.time.Instant;

/** One scoring of a feature or epic; a new scoring adds a row, so the rows are the scorecard's history. */
@Entity
@Table(name = "scorecard")
public class Scorecard {

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

    public Scorecard(long projectId, String itemKey, ScoreFields f, String scorer, Instant scoredAt) {
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

    public Long id() { return id; }
    public Long projectId() { return projectId; }
    public String itemKey() { return itemKey; }
    public ScoreFields fields() {
        return new ScoreFields(feasibility, feasibilityRationale, scalability, scalabilityRationale, maintainability,
                maintainabilityRationale, risk, riskRationale);
    }
    public String scorer() { return scorer; }
    public Instant scoredAt() { return scoredAt; }
}
