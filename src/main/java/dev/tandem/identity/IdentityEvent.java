package dev.tandem.identity;

import dev.tandem.shared.AuditableEvent;

/**
 * Something happened to a person, a token or a sign-in, for the audit trail: one record per fact. {@code target} is
 * the person's username ("owner/name" for a token); {@code summary} says what changed.
 */
public sealed interface IdentityEvent extends AuditableEvent {

    @Override
    default String targetType() {
        return "Person";
    }

    record PersonCreated(String actor, String target, String summary) implements IdentityEvent {
        @Override
        public String action() {
            return "person.created";
        }
    }

    /** Their details, their password or whether they are active changed. */
    record PersonUpdated(String actor, String target, String summary) implements IdentityEvent {
        @Override
        public String action() {
            return "person.updated";
        }
    }

    record LeaveAdded(String actor, String target, String summary) implements IdentityEvent {
        @Override
        public String action() {
            return "person.leave-added";
        }
    }

    record LeaveRemoved(String actor, String target, String summary) implements IdentityEvent {
        @Override
        public String action() {
            return "person.leave-removed";
        }
    }

    record OrgRoleChanged(String actor, String target, String summary) implements IdentityEvent {
        @Override
        public String action() {
            return "person.role-changed";
        }
    }

    /** An identity provider's account was linked to the person. */
    record PersonLinked(String actor, String target, String summary) implements IdentityEvent {
        @Override
        public String action() {
            return "person.linked";
        }
    }

    record TokenIssued(String actor, String target, String summary) implements IdentityEvent {
        @Override
        public String action() {
            return "token.issued";
        }

        @Override
        public String targetType() {
            return "AccessToken";
        }
    }

    record TokenRevoked(String actor, String target) implements IdentityEvent {
        @Override
        public String action() {
            return "token.revoked";
        }

        @Override
        public String targetType() {
            return "AccessToken";
        }

        @Override
        public String summary() {
            return null;
        }
    }

    record SignedIn(String actor, String target, String summary) implements IdentityEvent {
        @Override
        public String action() {
            return "signin.succeeded";
        }
    }

    record SignInFailed(String actor, String target, String summary) implements IdentityEvent {
        @Override
        public String action() {
            return "signin.failed";
        }
    }
}
