package dev.tandem.register;

import dev.tandem.shared.AuditableEvent;

/** Something of a project's registers changed: a risk, a tech-debt entry, the buffer or a scorecard. */
public record RegisterEvent(long projectId, String actor, String action, String targetType, String target,
                            String summary) implements AuditableEvent {
}
