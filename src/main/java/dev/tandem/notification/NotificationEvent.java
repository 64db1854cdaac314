package dev.tandem.notification;

import dev.tandem.shared.AuditableEvent;

/** A chat channel was added, changed or removed, or a person changed how they are notified. */
public record NotificationEvent(Long projectId, String actor, String action, String targetType, String target,
                                String summary) implements AuditableEvent {
}
