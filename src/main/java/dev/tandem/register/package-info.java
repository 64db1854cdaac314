/**
 * The registers of a project: risks with their heat map, the tech-debt register with the schedule buffer, and
 * technical impact scorecards. Depends on planning only for its audit event; planning knows nothing of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Register",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem", "schedule", "planning"})
package dev.tandem.register;
