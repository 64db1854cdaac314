/**
 * The Scrum track of a project: the ranked backlog, sprints from planning through completion with carry-over,
 * capacity, burndown and burnup, velocity and the daily stand-up, by the project's calendar. It reads and changes
 * work items only through the work items' facade and answers their {@code ItemSprints} port.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sprints",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem"})
package dev.tandem.sprint;
