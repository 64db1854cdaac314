package dev.tandem.notification.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * A link's proof that it was sent to the person it names: {@code personId.kind.mac}, the MAC an HMAC-SHA256 of
 * {@code "unsubscribe:" + personId + ":" + kind} with the server's key, so the link works without signing in and cannot
 * be made for anyone else.
 */
public final class UnsubscribeToken {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    /** Whose choice of which kind a valid token changes. */
    public record Subject(long personId, String kind) {
    }

    private UnsubscribeToken() {
    }

    public static String make(byte[] key, long personId, String kind) {
        return personId + "." + kind + "." + URL.encodeToString(mac(key, personId, kind));
    }

    /** The person and kind a token names, if its MAC is right (compared in constant time). */
    public static Optional<Subject> verify(byte[] key, String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[a-z-]{1,40}")) {
            return Optional.empty();
        }
        long personId = Long.parseLong(parts[0]);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(given, mac(key, personId, parts[1]))
                ? Optional.of(new Subject(personId, parts[1])) : Optional.empty();
    }

    private static byte[] mac(byte[] key, long personId, String kind) {
        return ChatSignature.hmac(key, ("unsubscribe:" + personId + ":" + kind).getBytes(StandardCharsets.UTF_8));
    }
}
