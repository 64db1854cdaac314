/** Plain Java for meetings: how a series recurs, how an agenda is composed, how an invitation is written. */
package dev.tandem.meeting.engine;
