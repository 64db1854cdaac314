package dev.tandem.identity;

import dev.tandem.shared.AuditableEvent;

/** Something happened to a person, a token or a sign-in; recorded in the audit trail. */
public record IdentityEvent(String actor, String action, String targetType, String target, String summary)
        implements AuditableEvent {
}
