/**
 * Meetings of a project (the weekly project–engineering sync, review board, PMO alignment, stand-up, retrospective,
 * other) in series that recur; agendas written from live data; minutes; decisions and action items that become work
 * items, are followed up in the next meeting and fill the weekly sync report's "Decisions and action items"
 * (through schedule's {@code DecisionSource}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem", "schedule", "planning", "register", "change"})
package dev.tandem.meeting;
