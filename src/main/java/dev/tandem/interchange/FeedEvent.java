package dev.tandem.interchange;

import dev.tandem.shared.AuditableEvent;

/** A person's calendar feed address was made (or made anew) or revoked. */
public record FeedEvent(String actor, String action, String targetType, String target, String summary)
        implements AuditableEvent {
}
