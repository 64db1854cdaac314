package dev.tandem.workitem;

import dev.tandem.shared.Actor;

/**
 * The steps of a change request the review board approved, applied to one project: the board's approval is the
 * permission, so neither the approver's own role nor change control over major technical items stops them. Every
 * step is recorded in the history and the audit trail under the approver's name, as any edit is. Change control
 * obtains one from {@link WorkItemManagement#approvedChange} inside the transaction that records the decision.
 */
public final class ApprovedChange {

    private final WorkItemManagement items;
    private final Actor approver;
    private final String projectKey;

    ApprovedChange(WorkItemManagement items, Actor approver, String projectKey) {
        this.items = items;
        this.approver = approver;
        this.projectKey = projectKey;
    }

    public ItemView update(String itemKey, ItemFields fields) {
        return items.update(approver, itemKey, fields, current(itemKey), WorkItemManagement.Mandate.APPROVED_CHANGE);
    }

    public void delete(String itemKey) {
        items.delete(approver, itemKey, current(itemKey), WorkItemManagement.Mandate.APPROVED_CHANGE);
    }

    public ItemView create(ItemFields fields) {
        return items.create(approver, projectKey, fields, WorkItemManagement.Mandate.APPROVED_CHANGE);
    }

    public DependencyView addDependency(String successorKey, String predecessorKey, String type, Integer lagDays) {
        return items.addDependency(approver, successorKey, predecessorKey, type, lagDays,
                WorkItemManagement.Mandate.APPROVED_CHANGE);
    }

    private long current(String itemKey) {
        return items.get(approver, itemKey).version();
    }
}
