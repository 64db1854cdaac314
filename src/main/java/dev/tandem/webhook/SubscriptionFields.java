package dev.tandem.webhook;

import java.util.List;

/** What a person sets on a subscription; null leaves a field as it is when editing. */
public record SubscriptionFields(String url, String description, List<String> events, Boolean active) {
}
