/**
 * Outbound webhooks: a project's subscriptions to its events, an outbox of signed deliveries written in the
 * transaction of the change that causes them, a sender that retries with backoff for a day, and each attempt kept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks",
        allowedDependencies = {"shared", "system", "portfolio", "workitem", "change", "schedule", "meeting"})
package dev.tandem.webhook;
