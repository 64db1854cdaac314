package dev.tandem.retrospective.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** Cards that say the same thing, under one title; votes for them count for the group. */
@Entity
@Table(name = "retro_group")
public class RetroGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long retrospectiveId;
    private String title;
    private Instant createdAt;

    protected RetroGroup() {
    }

    public RetroGroup(long retrospectiveId, String title, Instant now) {
        this.retrospectiveId = retrospectiveId;
        this.title = title;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public Long retrospectiveId() { return retrospectiveId; }
    public String title() { return title; }
}
