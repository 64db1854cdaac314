/** Turns work items into the engine's network and keeps calendars and baselines in the database. */
package dev.tandem.schedule.internal;
