/**
 * The scheduling assistant's page (start a solve, watch it, compare and accept) and the project's capacity view.
 */
package dev.tandem.planner.web;
