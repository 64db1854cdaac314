package dev.tandem.workitem.internal;

import dev.tandem.workitem.HistoryEntry;
import dev.tandem.workitem.ProjectChange;
import dev.tandem.workitem.StatusChange;
import jakarta.persistence.*;
import java.time.Instant;

/** One line of an item's history: who changed which field when, from what to what. It outlives the item. */
@Entity
@Table(name = "work_item_change")
public class WorkItemChange {

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

    public WorkItemChange(WorkItem item, String actor, Instant changedAt, String field, String oldValue, String newValue) {
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

    public StatusChange statusChange() {
        return new StatusChange(workItemId, changedAt, oldValue, newValue);
    }

    public ProjectChange projectChange() {
        return new ProjectChange(id, itemKey, actor, changedAt, field, oldValue, newValue);
    }

    public HistoryEntry entry() {
        return new HistoryEntry(actor, changedAt, field, oldValue, newValue);
    }
}
