package dev.tandem.query.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** A named query, private to its owner or shared with the readers of one project. */
@Entity
@Table(name = "saved_filter")
public class SavedFilter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long ownerId;
    private Long projectId;
    private String name;
    @Column(name = "query_text")
    private String query;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected SavedFilter() {
    }

    public SavedFilter(long ownerId, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public Long ownerId() { return ownerId; }
    public Long projectId() { return projectId; }
    public String name() { return name; }
    public String query() { return query; }
    public long version() { return version; }
    Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    public void change(String name, String query, Long projectId, Instant now) {
        this.name = name;
        this.query = query;
        this.projectId = projectId;
        this.updatedAt = now;
    }
}
