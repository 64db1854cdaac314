package dev.tandem.identity;

import java.time.Instant;

public record TokenSummary(long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
                           Instant lastUsedAt) {

    public boolean usable(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
