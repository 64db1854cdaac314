package dev.tandem.planning;

import jakarta.persistence.*;
import java.time.Instant;

/** One line of a charter's history: who changed which field when, from what to what. */
@Entity
@Table(name = "charter_change")
class CharterChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private String actor;
    private Instant changedAt;
    private String field;
    private String oldValue;
    private String newValue;

    protected CharterChange() {
    }

    CharterChange(long projectId, String actor, Instant changedAt, String field, String oldValue, String newValue) {
        this.projectId = projectId;
        this.actor = actor;
        this.changedAt = changedAt;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    CharterChangeView view() {
        return new CharterChangeView(actor, changedAt, field, oldValue, newValue);
    }
}
