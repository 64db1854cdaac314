package dev.tandem.change;

import dev.tandem.shared.AuditableEvent;

/**
 * A fact in a change request's life, or in its review board's setup, for the audit trail and those who follow a
 * project: one record per fact. {@code target} is "PAY/CR-3" (the project's key for the board).
 */
public sealed interface ChangeEvent extends AuditableEvent {

    long projectId();

    @Override
    default String targetType() {
        return "ChangeRequest";
    }

    record Drafted(long projectId, String actor, String target, String summary, String reason) implements ChangeEvent {
        @Override
        public String action() {
            return "change.drafted";
        }
    }

    record Submitted(long projectId, String actor, String target, String summary) implements ChangeEvent {
        @Override
        public String action() {
            return "change.submitted";
        }
    }

    /** The impact was computed again on the current plan; a request in review is voted on afresh. */
    record Refreshed(long projectId, String actor, String target, String summary) implements ChangeEvent {
        @Override
        public String action() {
            return "change.refreshed";
        }
    }

    record Withdrawn(long projectId, String actor, String target) implements ChangeEvent {
        @Override
        public String action() {
            return "change.withdrawn";
        }

        @Override
        public String summary() {
            return null;
        }
    }

    /** A reviewer voted; {@code replaced} when it changes their earlier vote. {@code reason} is their comment. */
    record VoteCast(long projectId, String actor, String target, String summary, String reason, boolean replaced)
            implements ChangeEvent {
        @Override
        public String action() {
            return replaced ? "change.vote-replaced" : "change.voted";
        }
    }

    /** The board decided: approved (and applied to the plan) or rejected. {@code reason} is the decision's note. */
    record Decided(long projectId, String actor, String target, String summary, String reason, boolean approved)
            implements ChangeEvent {
        @Override
        public String action() {
            return approved ? "change.applied" : "change.rejected";
        }
    }

    record ReviewBoardConfigured(long projectId, String actor, String target, String summary) implements ChangeEvent {
        @Override
        public String action() {
            return "review-board.configured";
        }
    }
}
