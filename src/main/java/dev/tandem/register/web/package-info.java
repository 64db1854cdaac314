/** Pages of the registers: risks, tech debt and buffer, scorecards. */
package dev.tandem.register.web;
