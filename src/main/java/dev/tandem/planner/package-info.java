/**
 * The scheduling assistant: resource leveling and assignment proposals from the solver in {@code engine}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planner",
        allowedDependencies = {"shared", "schedule :: engine"})
package dev.tandem.planner;
