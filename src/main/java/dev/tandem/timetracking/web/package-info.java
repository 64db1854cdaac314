/** The timesheet page and the work-log section of the item page. */
package dev.tandem.timetracking.web;
