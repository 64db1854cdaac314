/** The JSON API of item queries and saved filters under {@code /api/v1}. */
package dev.tandem.query.api;
