/** The JSON API for the backlog, sprints, capacity, burndown, velocity and the stand-up. */
package dev.tandem.sprint.api;
