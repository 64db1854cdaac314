package dev.tandem.planning;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** An action item agreed at the kick-off; accepting it creates a work item, whose key it then keeps. */
@Entity
@Table(name = "kickoff_action")
class KickoffAction {

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

    KickoffAction(long projectId, String title, long ownerId, LocalDate due, Instant now) {
        this.projectId = projectId;
        this.title = title;
        this.ownerId = ownerId;
        this.due = due;
        this.createdAt = now;
    }

    Long id() { return id; }
    Long projectId() { return projectId; }
    String title() { return title; }
    Long ownerId() { return ownerId; }
    LocalDate due() { return due; }
    String itemKey() { return itemKey; }

    void accepted(String itemKey) { this.itemKey = itemKey; }
}
