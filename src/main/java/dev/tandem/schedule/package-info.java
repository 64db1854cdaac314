/**
 * Baselines, the Gantt, forecasts and working calendars, built on the pure scheduling engine in {@code engine}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schedule",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem"})
package dev.tandem.schedule;
