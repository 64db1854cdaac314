/** The {@code /api/v1} JSON resources of meetings: meetings, agenda, minutes, decisions, action items, exports. */
package dev.tandem.meeting.api;
