package dev.tandem.knowledge;

import jakarta.persistence.*;
import java.time.Instant;

/** A project's space (with its project id) or an organisation-wide one (without). */
@Entity
@Table(name = "wiki_space")
class WikiSpace {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private String spaceKey;
    private String name;
    private String description;
    private String createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected WikiSpace() {
    }

    WikiSpace(Long projectId, String spaceKey, String name, String description, String createdBy, Instant now) {
        this.projectId = projectId;
        this.spaceKey = spaceKey;
        this.name = name;
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    Long id() { return id; }
    Long projectId() { return projectId; }
    String spaceKey() { return spaceKey; }
    String name() { return name; }
    String description() { return description; }
}
