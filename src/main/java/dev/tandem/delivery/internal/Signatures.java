package dev.tandem.delivery.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Whether a delivery proves it knows the integration's secret, compared in constant time. */
public final class Signatures {

    private Signatures() {
    }

    public static boolean valid(Provider provider, String secret, byte[] body, String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        String sent = header.strip();
        return switch (provider) {
            case GITLAB -> same(sent, secret);
            case GITHUB, GENERIC -> sent.startsWith("sha256=") && same(sent.substring(7).toLowerCase(Locale.ROOT),
                    hmac(secret, body));
            case GITEA -> same(sent.toLowerCase(Locale.ROOT), hmac(secret, body));
        };
    }

    public static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
