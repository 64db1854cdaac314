package dev.tandem.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event sent to one subscription: {@code status} is PENDING (due at {@code nextAttemptAt}), SENDING, DELIVERED or
 * FAILED (given up); {@code attempts} lists each try, empty in lists.
 */
public record DeliveryView(UUID id, UUID eventId, String eventType, String status, int attemptCount,
                           Integer lastStatusCode, Instant createdAt, Instant nextAttemptAt, Instant finishedAt,
                           String body, List<AttemptView> attempts) {

    /** One try: the HTTP status (null when none came back), the error if any, the start of the answer and how long. */
    public record AttemptView(int number, Instant startedAt, long durationMillis, Integer statusCode, String error,
                              String response) {
    }
}
