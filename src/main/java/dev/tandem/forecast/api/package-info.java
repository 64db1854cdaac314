/** The forecast's JSON API under {@code /api/v1}. */
package dev.tandem.forecast.api;
