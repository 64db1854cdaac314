package dev.tandem.workitem;

import jakarta.persistence.*;
import java.time.Instant;

/** One line of an item's history: who changed which field when, from what to what. It outlives the item. */
@Entity
@Table(name = "work_item_change")
class WorkItemChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private Long workItemId;
    private String itemKey;
    private String actor;
    private Instant changedAt;
    private String field;
    private String oldValue;
    private String newValue;

    protected WorkItemChange() {
    }

    WorkItemChange(WorkItem item, String actor, Instant changedAt, String field, String oldValue, String newValue) {
        this.projectId = item.projectId();
        this.workItemId = item.id();
        this.itemKey = item.key();
        this.actor = actor;
        this.changedAt = changedAt;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    String itemKey() { return itemKey; }

    StatusChange statusChange() {
        return new StatusChange(workItemId, changedAt, oldValue, newValue);
    }

    ProjectChange projectChange() {
        return new ProjectChange(id, itemKey, actor, changedAt, field, oldValue, newValue);
    }

    HistoryEntry entry() {
        return new HistoryEntry(actor, changedAt, field, oldValue, newValue);
    }
}
