/**
 * The {@code /api/v1/projects/{key}/plans} JSON operations of the scheduling assistant.
 */
package dev.tandem.planner.api;
