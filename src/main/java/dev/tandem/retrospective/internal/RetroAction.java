package dev.tandem.retrospective.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** An action item of a retrospective; once it became a work item it keeps that item's key. */
@Entity
@Table(name = "retro_action")
public class RetroAction {

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

    public RetroAction(long retrospectiveId, String title, long ownerId, LocalDate due, Instant now) {
        this.retrospectiveId = retrospectiveId;
        this.title = title;
        this.ownerId = ownerId;
        this.due = due;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public Long retrospectiveId() { return retrospectiveId; }
    public String title() { return title; }
    public Long ownerId() { return ownerId; }
    public LocalDate due() { return due; }
    public String itemKey() { return itemKey; }
    public long version() { return version; }

    public void becameItem(String itemKey) { this.itemKey = itemKey; }
}
