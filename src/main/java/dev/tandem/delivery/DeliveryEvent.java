package dev.tandem.delivery;

import dev.tandem.shared.AuditableEvent;

/** An integration was set up, changed, given a new secret or removed, or deliveries were queued again. */
public record DeliveryEvent(long projectId, String actor, String action, String targetType, String target,
                            String summary) implements AuditableEvent {
}
