package dev.tandem.portfolio;

import dev.tandem.shared.AuditableEvent;

/**
 * A project or its membership changed: one record per fact. {@code target} is the project's key; {@code summary} says
 * what changed ("ana: EM", "ana: DEV → EM").
 */
public sealed interface ProjectEvent extends AuditableEvent {

    @Override
    default String targetType() {
        return "Project";
    }

    record ProjectUpdated(String actor, String target, String summary) implements ProjectEvent {
        @Override
        public String action() {
            return "project.updated";
        }
    }

    record MemberAdded(String actor, String target, String summary) implements ProjectEvent {
        @Override
        public String action() {
            return "member.added";
        }
    }

    /** A member's role changed: they may have lost a permission. */
    record MemberRoleChanged(String actor, String target, String summary) implements ProjectEvent {
        @Override
        public String action() {
            return "member.role-changed";
        }
    }

    /** A member left the project: they lost access to it. */
    record MemberRemoved(String actor, String target, String summary) implements ProjectEvent {
        @Override
        public String action() {
            return "member.removed";
        }
    }
}
