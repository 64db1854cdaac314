package dev.tandem.delivery.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** A project's connection to one code host or CI server: its secret (encrypted), its rules and its production. */
@Entity
@Table(name = "delivery_integration")
public class Integration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private String hookId;
    private String name;
    @Enumerated(EnumType.STRING)
    private Provider provider;
    private String secretCipher;
    private String productionEnvironment;
    private boolean enabled;
    private String reviewStatus;
    private String doneStatus;
    private String createdBy;
    private Instant createdAt;
    private Instant secretRotatedAt;
    @Version
    private long version;

    protected Integration() {
    }

    public Integration(long projectId, String hookId, String name, Provider provider, String secretCipher,
                String productionEnvironment, String createdBy, Instant now) {
        this.projectId = projectId;
        this.hookId = hookId;
        this.name = name;
        this.provider = provider;
        this.secretCipher = secretCipher;
        this.productionEnvironment = productionEnvironment;
        this.enabled = true;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.secretRotatedAt = now;
    }

    public Long id() { return id; }
    public long projectId() { return projectId; }
    public String hookId() { return hookId; }
    public String name() { return name; }
    public Provider provider() { return provider; }
    public String secretCipher() { return secretCipher; }
    public String productionEnvironment() { return productionEnvironment; }
    public boolean enabled() { return enabled; }
    public String reviewStatus() { return reviewStatus; }
    public String doneStatus() { return doneStatus; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant secretRotatedAt() { return secretRotatedAt; }
    public long version() { return version; }

    public void setName(String name) { this.name = name; }
    public void setProductionEnvironment(String productionEnvironment) { this.productionEnvironment = productionEnvironment; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public void setReviewStatus(String reviewStatus) { this.reviewStatus = reviewStatus; }
    public void setDoneStatus(String doneStatus) { this.doneStatus = doneStatus; }

    public void rotate(String secretCipher, Instant now) {
        this.secretCipher = secretCipher;
        this.secretRotatedAt = now;
    }
}
