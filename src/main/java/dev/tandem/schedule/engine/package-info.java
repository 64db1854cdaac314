/**
 * The critical path method over working-day integers and the working calendars that map them to dates: plain Java, no framework.
 */
package dev.tandem.schedule.engine;
