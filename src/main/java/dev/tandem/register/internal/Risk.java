package dev.tandem.register.internal;

import dev.tandem.register.RiskCategory;
import dev.tandem.register.RiskStatus;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "risk")
public class Risk {

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

    public Risk(long projectId, int number, Instant now) {
        this.projectId = projectId;
        this.number = number;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public Long projectId() { return projectId; }
    public int number() { return number; }
    public String title() { return title; }
    public RiskCategory category() { return category; }
    public int probability() { return probability; }
    public int impact() { return impact; }
    public int score() { return probability * impact; }
    public Long ownerId() { return ownerId; }
    public String mitigation() { return mitigation; }
    public String contingency() { return contingency; }
    public String trigger() { return trigger; }
    public RiskStatus status() { return status; }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Set<String> items() { return items; }

    public void setTitle(String title) { this.title = title; }
    public void setCategory(RiskCategory category) { this.category = category; }
    public void setProbability(int probability) { this.probability = probability; }
    public void setImpact(int impact) { this.impact = impact; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public void setMitigation(String mitigation) { this.mitigation = mitigation; }
    public void setContingency(String contingency) { this.contingency = contingency; }
    public void setTrigger(String trigger) { this.trigger = trigger; }
    public void setStatus(RiskStatus status) { this.status = status; }
    public void replaceItems(Set<String> keys) { items.clear(); items.addAll(keys); }
    public void touched(Instant now) { this.updatedAt = now; }
}
