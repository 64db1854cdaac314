package dev.tandem.identity;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "access_token")
class AccessToken {

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

    protected AccessToken() {
    }

    AccessToken(long personId, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.personId = personId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long id() { return id; }
    Long personId() { return personId; }
    String name() { return name; }
    Instant expiresAt() { return expiresAt; }

    boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    void usedAt(Instant now) {
        lastUsedAt = now;
    }

    TokenSummary summary() {
        return new TokenSummary(id, name, createdAt, expiresAt, revokedAt, lastUsedAt);
    }
}
