package dev.tandem.sprint.internal;

import dev.tandem.workitem.HistoryEntry;
import jakarta.persistence.*;
import java.time.Instant;

/** One line of a sprint's history: who changed what when, from what to what. */
@Entity
@Table(name = "sprint_change")
public class SprintChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long sprintId;
    private String actor;
    private Instant changedAt;
    private String field;
    private String oldValue;
    private String newValue;

    protected SprintChange() {
    }

    public SprintChange(long sprintId, String actor, Instant changedAt, String field, String oldValue, String newValue) {
        this.sprintId = sprintId;
        this.actor = actor;
        this.changedAt = changedAt;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public HistoryEntry entry() {
        return new HistoryEntry(actor, changedAt, field, oldValue, newValue);
    }
}
