package dev.tandem.register.internal;

import dev.tandem.register.DebtSeverity;
import dev.tandem.register.DebtStatus;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "tech_debt")
public class TechDebt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    @Column(name = "debt_number")
    private int number;
    private String title;
    private String component;
    private String description;
    private BigDecimal interestHours;
    private BigDecimal fixHours;
    @Enumerated(EnumType.STRING)
    private DebtSeverity severity;
    @Enumerated(EnumType.STRING)
    private DebtStatus status = DebtStatus.OPEN;
    private boolean inBuffer;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tech_debt_item", joinColumns = @JoinColumn(name = "debt_id"))
    @Column(name = "item_key")
    private Set<String> items = new TreeSet<>();

    protected TechDebt() {
    }

    public TechDebt(long projectId, int number, Instant now) {
        this.projectId = projectId;
        this.number = number;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public int number() { return number; }
    public String title() { return title; }
    public String component() { return component; }
    public String description() { return description; }
    public BigDecimal interestHours() { return interestHours; }
    public BigDecimal fixHours() { return fixHours; }
    public DebtSeverity severity() { return severity; }
    public DebtStatus status() { return status; }
    public boolean inBuffer() { return inBuffer; }
    public long version() { return version; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Set<String> items() { return items; }

    public void setTitle(String title) { this.title = title; }
    public void setComponent(String component) { this.component = component; }
    public void setDescription(String description) { this.description = description; }
    public void setInterestHours(BigDecimal interestHours) { this.interestHours = interestHours; }
    public void setFixHours(BigDecimal fixHours) { this.fixHours = fixHours; }
    public void setSeverity(DebtSeverity severity) { this.severity = severity; }
    public void setStatus(DebtStatus status) { this.status = status; }
    public void setInBuffer(boolean inBuffer) { this.inBuffer = inBuffer; }
    public void replaceItems(Set<String> keys) { items.clear(); items.addAll(keys); }
    public void touched(Instant now) { this.updatedAt = now; }
}
