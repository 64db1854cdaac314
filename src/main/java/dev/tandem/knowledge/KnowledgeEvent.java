package dev.tandem.knowledge;

import dev.tandem.shared.AuditableEvent;

/** A wiki space, page, template or attachment was created, changed, moved, restored or removed. */
public record KnowledgeEvent(Long projectId, String actor, String action, String targetType, String target,
                             String summary) implements AuditableEvent {
}
