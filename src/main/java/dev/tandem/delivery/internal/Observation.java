package dev.tandem.delivery.internal;

import java.time.Instant;

/**
 * One thing a delivery reports, read from the provider's payload; {@code text} holds what may name work items (the
 * branch, the commit message, the title).
 */
record Observation(DevEvent.Kind kind, String repository, String externalId, String title, String state, String url,
                   String branch, String sha, String environment, String release, boolean rollback, Instant startedAt,
                   Instant occurredAt, Instant finishedAt, String text) {
}
