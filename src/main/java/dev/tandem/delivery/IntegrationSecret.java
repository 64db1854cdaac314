package dev.tandem.delivery;

/** An integration with its new secret, shown this once: it is kept encrypted and never shown again. */
public record IntegrationSecret(IntegrationView integration, String secret) {
}
