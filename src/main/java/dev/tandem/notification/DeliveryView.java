package dev.tandem.notification;

import java.time.Instant;
import java.util.UUID;

/** One message to a chat channel or a mailbox: where it stands, how often it was tried and the last error. */
public record DeliveryView(UUID id, String kind, String status, int attempts, String lastError, Instant createdAt,
                           Instant nextAttemptAt, Instant finishedAt) {
}
