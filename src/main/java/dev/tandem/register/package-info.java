/**
 * The project's registers: risks with their heat map, tech debt with the schedule buffer and its fever chart, and
 * technical impact scorecards with their measured signals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registers",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem", "schedule", "planning"})
package dev.tandem.register;
