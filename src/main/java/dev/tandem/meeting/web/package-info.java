/** The meetings pages of a project: the list with its scheduling form, and one meeting's page with its exports. */
package dev.tandem.meeting.web;
