package dev.tandem.webhook;

import java.time.Instant;
import java.util.List;

/** A subscription without its secret, which is shown only once, when it is made. */
public record SubscriptionView(long id, String url, String description, List<String> events, boolean active,
                               String createdBy, Instant createdAt, long version) {
}
