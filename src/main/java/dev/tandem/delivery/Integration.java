package dev.tandem.delivery;

import jakarta.persistence.*;
import java.time.Instant;

/** A project's connection to one code host or CI server: its secret (encrypted), its rules and its production. */
@Entity
@Table(name = "delivery_integration")
class Integration {

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

    Integration(long projectId, String hookId, String name, Provider provider, String secretCipher,
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

    Long id() { return id; }
    long projectId() { return projectId; }
    String hookId() { return hookId; }
    String name() { return name; }
    Provider provider() { return provider; }
    String secretCipher() { return secretCipher; }
    String productionEnvironment() { return productionEnvironment; }
    boolean enabled() { return enabled; }
    String reviewStatus() { return reviewStatus; }
    String doneStatus() { return doneStatus; }
    String createdBy() { return createdBy; }
    Instant createdAt() { return createdAt; }
    Instant secretRotatedAt() { return secretRotatedAt; }
    long version() { return version; }

    void setName(String name) { this.name = name; }
    void setProductionEnvironment(String productionEnvironment) { this.productionEnvironment = productionEnvironment; }
    void setEnabled(boolean enabled) { this.enabled = enabled; }
    void setReviewStatus(String reviewStatus) { this.reviewStatus = reviewStatus; }
    void setDoneStatus(String doneStatus) { this.doneStatus = doneStatus; }

    void rotate(String secretCipher, Instant now) {
        this.secretCipher = secretCipher;
        this.secretRotatedAt = now;
    }
}
