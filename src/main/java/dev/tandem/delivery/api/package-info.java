/** The {@code /api/v1} JSON controllers of delivery: integrations, deliveries, DORA metrics, and the webhook intake. */
package dev.tandem.delivery.api;
