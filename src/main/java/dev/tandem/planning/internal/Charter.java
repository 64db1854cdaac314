package dev.tandem.planning.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** The texts of a project's charter, in Markdown; one row per project, made on the first edit. */
@Entity
@Table(name = "charter")
public class Charter {

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

    public Charter(long projectId) {
        this.projectId = projectId;
    }

    public String vision() { return vision; }
    public String businessValue() { return businessValue; }
    public String scopeIn() { return scopeIn; }
    public String scopeOut() { return scopeOut; }
    public String architectureSummary() { return architectureSummary; }
    public long version() { return version; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }

    public void setVision(String vision) { this.vision = vision; }
    public void setBusinessValue(String businessValue) { this.businessValue = businessValue; }
    public void setScopeIn(String scopeIn) { this.scopeIn = scopeIn; }
    public void setScopeOut(String scopeOut) { this.scopeOut = scopeOut; }
    public void setArchitectureSummary(String architectureSummary) { this.architectureSummary = architectureSummary; }

    public void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
