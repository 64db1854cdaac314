/** Pages of the project track: the Gantt with the JSON its script reads and writes, and the milestone forecast panel. */
package dev.tandem.schedule.web;
