package dev.tandem.planning;

import jakarta.persistence.*;
import java.time.Instant;

/** The texts of a project's charter, in Markdown; one row per project, made on the first edit. */
@Entity
@Table(name = "charter")
class Charter {

    @Id
    private Long projectId;
    private String vision;
    private String businessValue;
    private String scopeIn;
    private String scopeOut;
    private String architectureSummary;
    @Version
    private long version;
    private Instant updatedAt;
    private String updatedBy;

    protected Charter() {
    }

    Charter(long projectId) {
        this.projectId = projectId;
    }

    String vision() { return vision; }
    String businessValue() { return businessValue; }
    String scopeIn() { return scopeIn; }
    String scopeOut() { return scopeOut; }
    String architectureSummary() { return architectureSummary; }
    long version() { return version; }
    Instant updatedAt() { return updatedAt; }
    String updatedBy() { return updatedBy; }

    void setVision(String vision) { this.vision = vision; }
    void setBusinessValue(String businessValue) { this.businessValue = businessValue; }
    void setScopeIn(String scopeIn) { this.scopeIn = scopeIn; }
    void setScopeOut(String scopeOut) { this.scopeOut = scopeOut; }
    void setArchitectureSummary(String architectureSummary) { this.architectureSummary = architectureSummary; }

    void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
