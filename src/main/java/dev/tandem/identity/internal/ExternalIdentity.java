package dev.tandem.identity.internal;

import jakarta.persistence.*;
import java.time.Instant;

/** The link between a person and their account at an identity provider, so later sign-ins match by subject. */
@Entity
@Table(name = "external_identity")
class ExternalIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long personId;
    private String issuer;
    private String subject;
    private Instant createdAt;

    protected ExternalIdentity() {
    }

    ExternalIdentity(long personId, String issuer, String subject, Instant createdAt) {
        this.personId = personId;
        this.issuer = issuer;
        this.subject = subject;
        this.createdAt = createdAt;
    }

    Long personId() { return personId; }
}
