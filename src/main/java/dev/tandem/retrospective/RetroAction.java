package dev.tandem.retrospective;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** An action item of a retrospective; once it became a work item it keeps that item's key. */
@Entity
@Table(name = "retro_action")
class RetroAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long retrospectiveId;
    private String title;
    private Long ownerId;
    private LocalDate due;
    private String itemKey;
    @Version
    private long version;
    private Instant createdAt;

    protected RetroAction() {
    }

    RetroAction(long retrospectiveId, String title, long ownerId, LocalDate due, Instant now) {
        this.retrospectiveId = retrospectiveId;
        this.title = title;
        this.ownerId = ownerId;
        this.due = due;
        this.createdAt = now;
    }

    Long id() { return id; }
    Long retrospectiveId() { return retrospectiveId; }
    String title() { return title; }
    Long ownerId() { return ownerId; }
    LocalDate due() { return due; }
    String itemKey() { return itemKey; }
    long version() { return version; }

    void becameItem(String itemKey) { this.itemKey = itemKey; }
}
