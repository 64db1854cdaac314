/** The project's webhooks page and a subscription's deliveries. */
package dev.tandem.webhook.web;
