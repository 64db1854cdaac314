package dev.tandem.planning;

import dev.tandem.shared.AuditableEvent;

/**
 * Something of a project's planning changed (the charter, its decisions, difficulties and metrics, the kick-off or a
 * sign-off), for the audit trail: one record per fact. {@code target} names the thing ("PAY/ADR-3").
 */
public sealed interface PlanningEvent extends AuditableEvent {

    long projectId();

    /** The EM or an architect signed off feasibility: the first baseline may be captured once every role has. */
    record FeasibilitySignedOff(long projectId, String actor, String target, String summary) implements PlanningEvent {
        @Override
        public String action() {
            return "feasibility.signed-off";
        }

        @Override
        public String targetType() {
            return "Project";
        }
    }

    record CharterUpdated(long projectId, String actor, String target, String summary) implements PlanningEvent {
        @Override
        public String action() {
            return "charter.updated";
        }

        @Override
        public String targetType() {
            return "Charter";
        }
    }

    record AdrCreated(long projectId, String actor, String target, String summary) implements PlanningEvent {
        @Override
        public String action() {
            return "adr.created";
        }

        @Override
        public String targetType() {
            return "ADR";
        }
    }

    record AdrUpdated(long projectId, String actor, String target, String summary) implements PlanningEvent {
        @Override
        public String action() {
            return "adr.updated";
        }

        @Override
        public String targetType() {
            return "ADR";
        }
    }

    record DifficultyCreated(long projectId, String actor, String target, String summary) implements PlanningEvent {
        @Override
        public String action() {
            return "difficulty.created";
        }

        @Override
        public String targetType() {
            return "TechnicalDifficulty";
        }
    }

    record DifficultyUpdated(long projectId, String actor, String target, String summary) implements PlanningEvent {
        @Override
        public String action() {
            return "difficulty.updated";
        }

        @Override
        public String targetType() {
            return "TechnicalDifficulty";
        }
    }

    record MetricCreated(long projectId, String actor, String target, String summary) implements PlanningEvent {
        @Override
        public String action() {
            return "metric.created";
        }

        @Override
        public String targetType() {
            return "SuccessMetric";
        }
    }

    record MetricUpdated(long projectId, String actor, String target, String summary) implements PlanningEvent {
        @Override
        public String action() {
            return "metric.updated";
        }

        @Override
        public String targetType() {
            return "SuccessMetric";
        }
    }

    record SurveyEntered(long projectId, String actor, String target, String summary) implements PlanningEvent {
        @Override
        public String action() {
            return "metric.survey-entered";
        }

        @Override
        public String targetType() {
            return "SuccessMetric";
        }
    }

    record KickoffRecorded(long projectId, String actor, String target, String summary) implements PlanningEvent {
        @Override
        public String action() {
            return "kickoff.recorded";
        }

        @Override
        public String targetType() {
            return "Kickoff";
        }
    }

    record KickoffActionAdded(long projectId, String actor, String target, String summary) implements PlanningEvent {
        @Override
        public String action() {
            return "kickoff.action-added";
        }

        @Override
        public String targetType() {
            return "Kickoff";
        }
    }

    /** A kick-off action item became a work item. */
    record KickoffActionAccepted(long projectId, String actor, String target, String summary) implements PlanningEvent {
        @Override
        public String action() {
            return "kickoff.action-accepted";
        }

        @Override
        public String targetType() {
            return "Kickoff";
        }
    }
}
