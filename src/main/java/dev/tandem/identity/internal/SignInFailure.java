package dev.tandem.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed sign-in, kept while it counts towards the throttle. */
@Entity
@Table(name = "sign_in_failure")
class SignInFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String address;
    private Instant failedAt;

    protected SignInFailure() {
    }

    SignInFailure(String username, String address, Instant failedAt) {
        this.username = username;
        this.address = address;
        this.failedAt = failedAt;
    }
}
