/** The {@code /api/v1} JSON endpoints of planning: charter, ADRs, difficulties, metrics, kick-off, sign-offs. */
package dev.tandem.planning.api;
