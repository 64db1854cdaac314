package dev.tandem.planning.internal;

import dev.tandem.planning.CharterChangeView;

import jakarta.persistence.*;
import java.time.Instant;

/** One line of a charter's history: who changed which field when, from what to what. */
@Entity
@Table(name = "charter_change")
public class CharterChange {

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

    public CharterChange(long projectId, String actor, Instant changedAt, String field, String oldValue, String newValue) {
        this.projectId = projectId;
        this.actor = actor;
        this.changedAt = changedAt;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public CharterChangeView view() {
        return new CharterChangeView(actor, changedAt, field, oldValue, newValue);
    }
}
