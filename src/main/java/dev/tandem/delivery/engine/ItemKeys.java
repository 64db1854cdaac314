package dev.tandem.delivery.engine;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The work-item keys of one project named in a branch, commit message or title: {@code PAY-123} anywhere, in any
 * case, between characters that are not letters or digits (so {@code feature/pay-123-refunds} names PAY-123, and
 * {@code XPAY-1} or {@code PAY-12a} name nothing).
 */
public final class ItemKeys {

    private static final int MAX_KEYS = 20;

    private ItemKeys() {
    }

    public static Set<String> in(String text, String projectKey) {
        Set<String> keys = new LinkedHashSet<>();
        if (text == null || text.isEmpty()) {
            return keys;
        }
        Pattern key = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(projectKey) + "-(\\d{1,9})(?![A-Za-z0-9])",
                Pattern.CASE_INSENSITIVE);
        Matcher m = key.matcher(text);
        while (m.find() && keys.size() < MAX_KEYS) {
            keys.add(projectKey.toUpperCase(Locale.ROOT) + "-" + Long.parseLong(m.group(1)));
        }
        return keys;
    }
}
