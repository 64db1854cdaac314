/** The {@code /api/v1} JSON endpoints of planning: charter, kick-off, sign-offs. */
package dev.tandem.planning.api;
