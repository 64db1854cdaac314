package dev.tandem.change;

import dev.tandem.shared.AuditableEvent;

/** A change request moved through its lifecycle, or a reviewer voted. */
public record ChangeEvent(long projectId, String actor, String action, String target, String summary, String reason)
        implements AuditableEvent {

    @Override
    public String targetType() {
        return "ChangeRequest";
    }
}
