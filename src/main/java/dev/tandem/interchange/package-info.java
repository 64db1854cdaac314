/**
 * Interchange: moving plans in and out of a project. MS Project files (MSPDI XML and {@code .mpp}, through MPXJ) and
 * Jira's CSV export are imported through the work-item, sprint and schedule facades, after a dry run that reports
 * every row; the plan is exported as MSPDI, the item list as CSV and Excel, and each person's dates as an iCalendar
 * feed at a secret address.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interchange",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem", "sprint", "schedule", "meeting"})
package dev.tandem.interchange;
