/** The sprint module's tables (sprints, their items and history) and its arithmetic. */
package dev.tandem.sprint.internal;
