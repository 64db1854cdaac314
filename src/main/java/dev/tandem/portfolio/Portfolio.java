package dev.tandem.portfolio;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "portfolio")
class Portfolio {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String description;
    @Version
    private long version;
    private Instant createdAt;

    protected Portfolio() {
    }

    Portfolio(String name, String description, Instant now) {
        this.name = name;
        this.description = description;
        this.createdAt = now;
    }

    Long id() { return id; }
    String name() { return name; }
    String description() { return description; }
}
