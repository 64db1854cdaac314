package dev.tandem.delivery;

/**
 * What a configurer sets; null leaves a field as it is (on creation: {@code production} for the environment, no rules).
 * A blank status turns its rule off.
 */
public record IntegrationFields(String name, String provider, String productionEnvironment, Boolean enabled,
                                String reviewStatus, String doneStatus) {
}
