package dev.tandem.schedule;

import dev.tandem.shared.AuditableEvent;

/** A baseline was captured or a project's calendar changed, for the audit trail and those who follow a project. */
public sealed interface ScheduleEvent extends AuditableEvent {

    long projectId();

    /** {@code target} is "PAY/Baseline 2"; {@code summary} gives the items and the finish it froze. */
    record BaselineCaptured(long projectId, String actor, String target, String summary) implements ScheduleEvent {
        @Override
        public String action() {
            return "baseline.captured";
        }

        @Override
        public String targetType() {
            return "Baseline";
        }
    }

    /** The working weekdays, a holiday or a make-up day changed; {@code target} is the project's key. */
    record CalendarChanged(long projectId, String actor, String target, String summary) implements ScheduleEvent {
        @Override
        public String action() {
            return "calendar.changed";
        }

        @Override
        public String targetType() {
            return "Calendar";
        }
    }
}
