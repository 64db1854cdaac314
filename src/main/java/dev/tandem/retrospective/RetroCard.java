package dev.tandem.retrospective;

import jakarta.persistence.*;
import java.time.Instant;

/** A card on a retrospective; an anonymous card has no author at all (null), not a hidden one. */
@Entity
@Table(name = "retro_card")
class RetroCard {

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

    RetroCard(long retrospectiveId, String columnCode, String body, Long authorId, Instant now) {
        this.retrospectiveId = retrospectiveId;
        this.columnCode = columnCode;
        this.body = body;
        this.authorId = authorId;
        this.createdAt = now;
    }

    Long id() { return id; }
    Long retrospectiveId() { return retrospectiveId; }
    String columnCode() { return columnCode; }
    String body() { return body; }
    Long authorId() { return authorId; }
    Long groupId() { return groupId; }

    void groupInto(Long groupId) { this.groupId = groupId; }
}
