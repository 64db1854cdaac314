package dev.tandem.planning.internal;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** An action item agreed at the kick-off; accepting it creates a work item, whose key it then keeps. */
@Entity
@Table(name = "kickoff_action")
public class KickoffAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private String title;
    private Long ownerId;
    private LocalDate due;
    private String itemKey;
    @Version
    private long version;
    private Instant createdAt;

    protected KickoffAction() {
    }

    public KickoffAction(long projectId, String title, long ownerId, LocalDate due, Instant now) {
        this.projectId = projectId;
        this.title = title;
        this.ownerId = ownerId;
        this.due = due;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public Long projectId() { return projectId; }
    public String title() { return title; }
    public Long ownerId() { return ownerId; }
    public LocalDate due() { return due; }
    public String itemKey() { return itemKey; }

    public void accepted(String itemKey) { this.itemKey = itemKey; }
}
