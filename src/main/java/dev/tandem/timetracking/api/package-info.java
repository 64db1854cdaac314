/** The time-tracking JSON API under /api/v1. */
package dev.tandem.timetracking.api;
