/** The JSON API for the schedule, calendars and baselines. */
package dev.tandem.schedule.api;
