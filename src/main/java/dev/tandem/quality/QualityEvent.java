package dev.tandem.quality;

import dev.tandem.shared.AuditableEvent;

/** A quality report was published, or the project's gate and path mapping changed. */
public record QualityEvent(long projectId, String actor, String action, String targetType, String target,
                           String summary) implements AuditableEvent {
}
