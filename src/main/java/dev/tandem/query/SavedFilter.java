package dev.tandem.query;

import jakarta.persistence.*;
import java.time.Instant;

/** A named query, private to its owner or shared with the readers of one project. */
@Entity
@Table(name = "saved_filter")
class SavedFilter {

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

    SavedFilter(long ownerId, Instant now) {
        this.ownerId = ownerId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Long id() { return id; }
    Long ownerId() { return ownerId; }
    Long projectId() { return projectId; }
    String name() { return name; }
    String query() { return query; }
    long version() { return version; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }

    void change(String name, String query, Long projectId, Instant now) {
        this.name = name;
        this.query = query;
        this.projectId = projectId;
        this.updatedAt = now;
    }
}
