package dev.tandem.identity.internal;

import jakarta.persistence.*;
import java.time.Instant;
import dev.tandem.identity.TokenSummary;

@Entity
@Table(name = "access_token")
public class AccessToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long personId;
    private String name;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant revokedAt;
    private Instant lastUsedAt;

    /** How stale the recorded last use may be: {@link #usedAt}. */
    static final java.time.Duration USE_RECORDED_EVERY = java.time.Duration.ofMinutes(1);

    protected AccessToken() {
    }

    public AccessToken(long personId, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.personId = personId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long id() { return id; }
    public Long personId() { return personId; }
    public String name() { return name; }
    public Instant expiresAt() { return expiresAt; }

    public boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /**
     * Notes a use. Only once a minute: the account page shows the time to the minute, and writing the token's row on
     * every API call would make each read a write (and a commit) too.
     */
    public void usedAt(Instant now) {
        if (lastUsedAt == null || !now.isBefore(lastUsedAt.plus(USE_RECORDED_EVERY))) {
            lastUsedAt = now;
        }
    }

    public TokenSummary summary() {
        return new TokenSummary(id, name, createdAt, expiresAt, revokedAt, lastUsedAt);
    }
}
