package dev.tandem.portfolio.internal;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "portfolio")
public class Portfolio {

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

    public Portfolio(String name, String description, Instant now) {
        this.name = name;
        this.description = description;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public String name() { return name; }
    String description() { return description; }
}
