package dev.tandem.interchange.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The secret of each person's calendar feed address. Only its SHA-256 is stored (the secret has 256 random bits, so
 * no slow hash is needed); a new one replaces the old, and revoking deletes it.
 */
@Repository
public class FeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    FeedTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new secret for the person, replacing any earlier one. */
    public String rotate(long personId, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("delete from interchange_feed_token where person_id = ?", personId);
        jdbc.update("insert into interchange_feed_token (person_id, token_hash, created_at) values (?, ?, ?)",
                personId, hash(token), Timestamp.from(now));
        return token;
    }

    public boolean revoke(long personId) {
        return jdbc.update("delete from interchange_feed_token where person_id = ?", personId) > 0;
    }

    public Optional<Instant> createdAt(long personId) {
        List<Instant> found = jdbc.query("select created_at from interchange_feed_token where person_id = ?",
                (rs, n) -> rs.getTimestamp(1).toInstant(), personId);
        return found.stream().findFirst();
    }

    public Optional<Long> personOf(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        List<Long> found = jdbc.query("select person_id from interchange_feed_token where token_hash = ?",
                (rs, n) -> rs.getLong(1), hash(token));
        return found.stream().findFirst();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
