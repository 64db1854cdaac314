package dev.tandem.portfolio;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "project")
class Project {

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

    Project(String key, String name, Instant now) {
        this.key = key;
        this.name = name;
        this.createdAt = now;
    }

    Long id() { return id; }
    String key() { return key; }
    String name() { return name; }
    String description() { return description; }
    Long portfolioId() { return portfolioId; }
    LocalDate startDate() { return startDate; }
    long version() { return version; }

    void setName(String name) { this.name = name; }
    void setDescription(String description) { this.description = description; }
    void setPortfolioId(Long portfolioId) { this.portfolioId = portfolioId; }
    void setStartDate(LocalDate startDate) { this.startDate = startDate; }
}
