/**
 * Resource leveling (resource-constrained project scheduling) and assignment on Timefold Solver: plain Java, no Spring,
 * no JPA. Days are working-day integers as in {@code schedule.engine}; a calendar maps them to dates.
 */
package dev.tandem.planner.engine;
