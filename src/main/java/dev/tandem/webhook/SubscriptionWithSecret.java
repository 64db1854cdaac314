package dev.tandem.webhook;

/** A subscription just made or given a new secret, with the secret: the one time anyone sees it. */
public record SubscriptionWithSecret(SubscriptionView subscription, String secret) {
}
