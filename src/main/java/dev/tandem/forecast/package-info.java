/**
 * Monte Carlo forecasts of a project's finish and milestones over its dependency network, and what it would take to
 * meet a target date.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forecast",
        allowedDependencies = {"shared", "system", "portfolio", "workitem", "schedule", "schedule :: engine"})
package dev.tandem.forecast;
