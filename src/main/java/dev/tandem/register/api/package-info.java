/** The {@code /api/v1} JSON endpoints of the registers: risks, tech debt, scorecards. */
package dev.tandem.register.api;
