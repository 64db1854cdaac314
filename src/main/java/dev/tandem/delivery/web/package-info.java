/** The pages of delivery: a project's integrations with setup instructions, its deliveries, its DORA metrics. */
package dev.tandem.delivery.web;
