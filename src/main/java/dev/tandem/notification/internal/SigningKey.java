package dev.tandem.notification.internal;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The server's key for unsubscribe links, made on first use and kept in the database, so that links stay valid across
 * restarts and every node accepts them. Two nodes making it at once: the second insert fails and reads the first.
 */
@Component
public class SigningKey {

    private final JdbcTemplate jdbc;
    private volatile byte[] key;

    SigningKey(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public byte[] get() {
        if (key == null) {
            key = Base64.getDecoder().decode(stored());
        }
        return key;
    }

    private String stored() {
        var existing = jdbc.queryForList("select secret from notification_signing_key where id = 1", String.class);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            jdbc.update("insert into notification_signing_key (id, secret) values (1, ?)",
                    Base64.getEncoder().encodeToString(fresh));
        } catch (DuplicateKeyException e) {
            // another node made it first
        }
        return jdbc.queryForObject("select secret from notification_signing_key where id = 1", String.class);
    }
}
