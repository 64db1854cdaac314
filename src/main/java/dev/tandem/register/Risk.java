package dev.tandem.register;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "risk")
class Risk {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    @Column(name = "risk_number")
    private int number;
    private String title;
    @Enumerated(EnumType.STRING)
    private RiskCategory category;
    private int probability;
    private int impact;
    private Long ownerId;
    private String mitigation;
    private String contingency;
    @Column(name = "trigger_text")
    private String trigger;
    @Enumerated(EnumType.STRING)
    private RiskStatus status = RiskStatus.OPEN;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_item", joinColumns = @JoinColumn(name = "risk_id"))
    @Column(name = "item_key")
    private Set<String> items = new TreeSet<>();

    protected Risk() {
    }

    Risk(long projectId, int number, Instant now) {
        this.projectId = projectId;
        this.number = number;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Long id() { return id; }
    Long projectId() { return projectId; }
    int number() { return number; }
    String title() { return title; }
    RiskCategory category() { return category; }
    int probability() { return probability; }
    int impact() { return impact; }
    int score() { return probability * impact; }
    Long ownerId() { return ownerId; }
    String mitigation() { return mitigation; }
    String contingency() { return contingency; }
    String trigger() { return trigger; }
    RiskStatus status() { return status; }
    long version() { return version; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    Set<String> items() { return items; }

    void setTitle(String title) { this.title = title; }
    void setCategory(RiskCategory category) { this.category = category; }
    void setProbability(int probability) { this.probability = probability; }
    void setImpact(int impact) { this.impact = impact; }
    void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    void setMitigation(String mitigation) { this.mitigation = mitigation; }
    void setContingency(String contingency) { this.contingency = contingency; }
    void setTrigger(String trigger) { this.trigger = trigger; }
    void setStatus(RiskStatus status) { this.status = status; }
    void replaceItems(Set<String> keys) { items.clear(); items.addAll(keys); }
    void touched(Instant now) { this.updatedAt = now; }
}
