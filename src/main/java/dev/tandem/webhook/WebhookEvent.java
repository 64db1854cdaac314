package dev.tandem.webhook;

import dev.tandem.shared.AuditableEvent;

/** A webhook subscription was added, changed, given a new secret or removed, or a delivery was sent again. */
public record WebhookEvent(long projectId, String actor, String action, String target, String summary)
        implements AuditableEvent {

    @Override
    public String targetType() {
        return "Webhook";
    }
}
