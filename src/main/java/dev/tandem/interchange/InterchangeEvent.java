package dev.tandem.interchange;

import dev.tandem.shared.AuditableEvent;

/** A plan was imported into a project (each item it wrote is audited on its own as well), or a feed address changed. */
public record InterchangeEvent(long projectId, String actor, String action, String targetType, String target,
                               String summary) implements AuditableEvent {
}
