/**
 * Time tracking: the hours people log on work items (by form, API or CSV import) and their weekly timesheet. The
 * hours are the actual cost that earned value weighs against the plan, and the actual effort effort suggestions
 * learn hours from (through estimation's {@code ActualHours} port).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Time tracking",
        allowedDependencies = {"shared", "system", "identity", "portfolio", "workitem", "estimation"})
package dev.tandem.timetracking;
