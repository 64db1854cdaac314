/** The JSON API of webhook subscriptions and their deliveries. */
package dev.tandem.webhook.api;
