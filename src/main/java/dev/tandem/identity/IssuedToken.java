package dev.tandem.identity;

import java.time.Instant;

/** A freshly created personal access token; the secret is shown this once and stored only as a hash. */
public record IssuedToken(long id, String name, String token, Instant expiresAt) {
}
