package dev.tandem.identity.internal;

import java.util.List;

/**
 * A person as an identity provider vouches for them at sign-in. {@code email} only counts for linking when
 * {@code emailVerified}; {@code usernameHint} and {@code displayName} are used when a person is created.
 */
public record ExternalAccount(String issuer, String subject, String email, boolean emailVerified, String usernameHint,
                              String displayName, List<String> groups) {
}
