package dev.tandem.delivery;

import java.time.Instant;

/**
 * An integration as its configurers see it: never its secret. {@code payloadPath} is where the provider posts
 * (prefix the server's address); the three headers are the provider's.
 */
public record IntegrationView(long id, String name, String provider, String payloadPath, String productionEnvironment,
                              boolean enabled, String reviewStatus, String doneStatus, String createdBy,
                              Instant createdAt, Instant secretRotatedAt, String eventHeader, String deliveryHeader,
                              String signatureHeader, long version) {
}
