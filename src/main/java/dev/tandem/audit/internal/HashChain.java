package dev.tandem.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class HashChain {

    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /**
     * Fields written so that no two different lists read the same: each as its length, a colon and its text, and a
     * missing one as a single dash.
     */
    static String canonical(String... fields) {
        var text = new StringBuilder();
        for (String field : fields) {
            if (field == null) {
                text.append('-');
            } else {
                text.append(field.length()).append(':').append(field);
            }
        }
        return text.toString();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
