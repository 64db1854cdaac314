package dev.tandem.delivery;

import java.time.Instant;

/** A received delivery: its provider's id and event, how processing went, and when. */
public record DeliveryView(long id, long integrationId, String integration, String deliveryKey, String event,
                           String status, String outcome, int attempts, int payloadBytes, Instant receivedAt,
                           Instant processedAt) {
}
