package dev.tandem.register;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "tech_debt")
class TechDebt {

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

    TechDebt(long projectId, int number, Instant now) {
        this.projectId = projectId;
        this.number = number;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Long id() { return id; }
    int number() { return number; }
    String title() { return title; }
    String component() { return component; }
    String description() { return description; }
    BigDecimal interestHours() { return interestHours; }
    BigDecimal fixHours() { return fixHours; }
    DebtSeverity severity() { return severity; }
    DebtStatus status() { return status; }
    boolean inBuffer() { return inBuffer; }
    long version() { return version; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    Set<String> items() { return items; }

    void setTitle(String title) { this.title = title; }
    void setComponent(String component) { this.component = component; }
    void setDescription(String description) { this.description = description; }
    void setInterestHours(BigDecimal interestHours) { this.interestHours = interestHours; }
    void setFixHours(BigDecimal fixHours) { this.fixHours = fixHours; }
    void setSeverity(DebtSeverity severity) { this.severity = severity; }
    void setStatus(DebtStatus status) { this.status = status; }
    void setInBuffer(boolean inBuffer) { this.inBuffer = inBuffer; }
    void replaceItems(Set<String> keys) { items.clear(); items.addAll(keys); }
    void touched(Instant now) { this.updatedAt = now; }
}
