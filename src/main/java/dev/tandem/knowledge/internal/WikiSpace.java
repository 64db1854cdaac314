package dev.tandem.knowledge.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** A project's space (with its project id) or an organisation-wide one (without). */
@Entity
@Table(name = "wiki_space")
public class WikiSpace {

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

    public WikiSpace(Long projectId, String spaceKey, String name, String description, String createdBy, Instant now) {
        this.projectId = projectId;
        this.spaceKey = spaceKey;
        this.name = name;
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public Long projectId() { return projectId; }
    public String spaceKey() { return spaceKey; }
    public String name() { return name; }
    public String description() { return description; }
}
