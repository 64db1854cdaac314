package dev.tandem.portfolio.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_key")
    private String key;
    private String name;
    private String description;
    private Long portfolioId;
    private LocalDate startDate;
    @Version
    private long version;
    private Instant createdAt;

    protected Project() {
    }

    public Project(String key, String name, Instant now) {
        this.key = key;
        this.name = name;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public String key() { return key; }
    public String name() { return name; }
    public String description() { return description; }
    public Long portfolioId() { return portfolioId; }
    public LocalDate startDate() { return startDate; }
    public long version() { return version; }

    public void setName(String name) { this.name = name; }
    public void setDescription(String description) { this.description = description; }
    public void setPortfolioId(Long portfolioId) { this.portfolioId = portfolioId; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
}
