/** Pages of planning: charter and kick-off, risk register, tech debt and buffer, scorecards. */
package dev.tandem.planning.web;
