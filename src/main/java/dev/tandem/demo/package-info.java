/**
 * Loads a living demo organisation — people, the "new payment system" project and a smaller one — into an empty
 * database when {@code tandem.demo=true}, through the other modules' facades only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem", "sprint",
                "planning", "register", "schedule", "change", "timetracking", "knowledge"})
package dev.tandem.demo;
