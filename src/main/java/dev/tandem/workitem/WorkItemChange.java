package dev.tandem.workitem;

import jakarta.persistence.*;
import java.time.Instant;

/** One line of an item's history: who changed which field when, from what to what. */
@Entity
@Table(name = "work_item_change")
class WorkItemChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workItemId;
    private String actor;
    private Instant changedAt;
    private String field;
    private String oldValue;
    private String newValue;

    protected WorkItemChange() {
    }

    WorkItemChange(long workItemId, String actor, Instant changedAt, String field, String oldValue, String newValue) {
        this.workItemId = workItemId;
        this.actor = actor;
        this.changedAt = changedAt;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    HistoryEntry entry() {
        return new HistoryEntry(actor, changedAt, field, oldValue, newValue);
    }
}
