/**
 * The scheduling assistant: resource leveling and assignment proposals from the solver in {@code engine}, solved in
 * the background for a project, compared with today's plan and accepted through the work items' own commands (or a
 * change request where the baseline needs one).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planner",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem", "schedule",
                "schedule :: engine", "change"})
package dev.tandem.planner;
