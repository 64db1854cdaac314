package dev.tandem.planning;

import jakarta.persistence.*;
import java.time.Instant;

/** An architecture decision record of the project, numbered within it. */
@Entity
@Table(name = "adr")
class Adr {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    @Column(name = "adr_number")
    private int number;
    private String title;
    private String context;
    private String decision;
    private String consequences;
    @Enumerated(EnumType.STRING)
    private AdrStatus status = AdrStatus.PROPOSED;
    @Column(name = "superseded_by")
    private Long supersededBy;
    @Version
    private long version;
    private Instant createdAt;
    private String createdBy;

    protected Adr() {
    }

    Adr(long projectId, int number, String createdBy, Instant now) {
        this.projectId = projectId;
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    Long id() { return id; }
    int number() { return number; }
    String title() { return title; }
    String context() { return context; }
    String decision() { return decision; }
    String consequences() { return consequences; }
    AdrStatus status() { return status; }
    Long supersededBy() { return supersededBy; }
    long version() { return version; }
    Instant createdAt() { return createdAt; }
    String createdBy() { return createdBy; }

    void setTitle(String title) { this.title = title; }
    void setContext(String context) { this.context = context; }
    void setDecision(String decision) { this.decision = decision; }
    void setConsequences(String consequences) { this.consequences = consequences; }
    void setStatus(AdrStatus status, Long supersededBy) {
        this.status = status;
        this.supersededBy = supersededBy;
    }
}
