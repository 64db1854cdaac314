/** Pages of the project track: the milestone forecast panel and the Gantt. */
package dev.tandem.schedule.web;
