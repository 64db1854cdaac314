/**
 * The Gantt page of the project track and the session-authenticated JSON its script reads and writes.
 */
package dev.tandem.schedule.web;
