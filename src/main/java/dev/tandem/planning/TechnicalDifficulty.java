package dev.tandem.planning;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A key technical difficulty of the project with its owner and alternative plans (the fallbacks). */
@Entity
@Table(name = "technical_difficulty")
class TechnicalDifficulty {

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

    TechnicalDifficulty(long projectId, Instant now) {
        this.projectId = projectId;
        this.createdAt = now;
    }

    Long id() { return id; }
    Long projectId() { return projectId; }
    String title() { return title; }
    String description() { return description; }
    Long ownerId() { return ownerId; }
    long version() { return version; }
    List<Alternative> alternatives() { return List.copyOf(alternatives); }

    void setTitle(String title) { this.title = title; }
    void setDescription(String description) { this.description = description; }
    void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    void replaceAlternatives(List<Alternative> list) {
        alternatives.clear();
        alternatives.addAll(list);
    }
}
