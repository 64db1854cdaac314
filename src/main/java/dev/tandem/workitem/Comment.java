package dev.tandem.workitem;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "item_comment")
class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workItemId;
    private Long authorId;
    private String body;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected Comment() {
    }

    Comment(long workItemId, long authorId, String body, Instant now) {
        this.workItemId = workItemId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Long id() { return id; }
    Long workItemId() { return workItemId; }
    Long authorId() { return authorId; }
    String body() { return body; }
    long version() { return version; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }

    void edit(String body, Instant now) {
        this.body = body;
        this.updatedAt = now;
    }
}
