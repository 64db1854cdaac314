package dev.tandem.quality.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A finding's identity across reports. The tool's own fingerprints (SARIF {@code fingerprints}, else
 * {@code partialFingerprints}) when it gives them; otherwise a hash of the rule, the file and the normalised snippet
 * (or, without one, the message). The line number is left out on purpose: a finding stays the same finding when code
 * above it moves.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String of(String ruleId, String path, String snippet, String message, Map<String, String> toolPrints) {
        if (toolPrints != null && !toolPrints.isEmpty()) {
            StringBuilder sb = new StringBuilder("tool\n").append(ruleId);
            new TreeMap<>(toolPrints).forEach((k, v) -> sb.append('\n').append(k).append('=').append(v));
            return sha256(sb.toString());
        }
        String text = snippet != null && !snippet.isBlank() ? snippet : message;
        return sha256("text\n" + ruleId + "\n" + PathMapping.normalise(path) + "\n" + normalise(text));
    }

    /**
     * Whitespace runs become one space, case is ignored and digit runs become {@code 0}, so a message that quotes a
     * line number or a count ("method has 41 lines") still matches after the code moves or grows.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().replaceAll("\\s+", " ").replaceAll("[0-9]+", "0").toLowerCase(Locale.ROOT);
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
