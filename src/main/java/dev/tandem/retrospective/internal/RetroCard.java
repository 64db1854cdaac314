package dev.tandem.retrospective.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** A card on a retrospective; an anonymous card has no author at all (null), not a hidden one. */
@Entity
@Table(name = "retro_card")
public class RetroCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long retrospectiveId;
    private String columnCode;
    private String body;
    private Long authorId;
    private Long groupId;
    private Instant createdAt;

    protected RetroCard() {
    }

    public RetroCard(long retrospectiveId, String columnCode, String body, Long authorId, Instant now) {
        this.retrospectiveId = retrospectiveId;
        this.columnCode = columnCode;
        this.body = body;
        this.authorId = authorId;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public Long retrospectiveId() { return retrospectiveId; }
    public String columnCode() { return columnCode; }
    public String body() { return body; }
    public Long authorId() { return authorId; }
    public Long groupId() { return groupId; }

    public void groupInto(Long groupId) { this.groupId = groupId; }

    public void rewrite(String body) { this.body = body; }
}
