/** The {@code /api/v1} surface of interchange: imports, exports and the iCalendar feed. */
package dev.tandem.interchange.api;
