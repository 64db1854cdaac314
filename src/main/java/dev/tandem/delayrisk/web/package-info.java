/** The delay-risk pages: a project's risks with their reasons, the marks' data for board and Gantt, and the model admin page. */
package dev.tandem.delayrisk.web;
