/** The {@code /api/v1} JSON endpoints of the registers: risks, tech debt and buffer, scorecards. */
package dev.tandem.register.api;
