/** The {@code /api/v1} JSON endpoints of planning: charter, kick-off, sign-offs, risks, tech debt, scorecards. */
package dev.tandem.planning.api;
