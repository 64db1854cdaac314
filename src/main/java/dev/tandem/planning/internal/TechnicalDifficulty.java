package dev.tandem.planning.internal;

import dev.tandem.planning.Alternative;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A key technical difficulty of the project with its owner and alternative plans (the fallbacks). */
@Entity
@Table(name = "technical_difficulty")
public class TechnicalDifficulty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private String title;
    private String description;
    private Long ownerId;
    @Version
    private long version;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "difficulty_alternative", joinColumns = @JoinColumn(name = "difficulty_id"))
    @OrderColumn(name = "position")
    private List<Alternative> alternatives = new ArrayList<>();

    protected TechnicalDifficulty() {
    }

    public TechnicalDifficulty(long projectId, Instant now) {
        this.projectId = projectId;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public Long projectId() { return projectId; }
    public String title() { return title; }
    public String description() { return description; }
    public Long ownerId() { return ownerId; }
    public long version() { return version; }
    public List<Alternative> alternatives() { return List.copyOf(alternatives); }

    public void setTitle(String title) { this.title = title; }
    public void setDescription(String description) { this.description = description; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public void replaceAlternatives(List<Alternative> list) {
        alternatives.clear();
        alternatives.addAll(list);
    }
}
