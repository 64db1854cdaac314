package dev.tandem.retrospective;

import jakarta.persistence.*;
import java.time.Instant;

/** Cards that say the same thing, under one title; votes for them count for the group. */
@Entity
@Table(name = "retro_group")
class RetroGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long retrospectiveId;
    private String title;
    private Instant createdAt;

    protected RetroGroup() {
    }

    RetroGroup(long retrospectiveId, String title, Instant now) {
        this.retrospectiveId = retrospectiveId;
        this.title = title;
        this.createdAt = now;
    }

    Long id() { return id; }
    Long retrospectiveId() { return retrospectiveId; }
    String title() { return title; }
}
