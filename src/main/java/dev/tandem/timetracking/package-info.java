/**
 * Time tracking: the hours people log on work items (by form, API or CSV import) and their weekly timesheet. The
 * hours are the actual cost that earned value weighs against the plan.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Time tracking",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem"})
package dev.tandem.timetracking;
