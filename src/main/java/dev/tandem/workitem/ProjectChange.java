package dev.tandem.workitem;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One line of a project's item history. {@code field} is an item field ("estimateHours", "status", "blocked", ...),
 * "dependency" (on the successor; the value names the predecessor, the type and the lag, as "PAY-3 FS +2d") or
 * {@link #ITEM} for the creation (new value) or deletion (old value) of a whole item, whose fields {@link #fields()}
 * reads back.
 */
public record ProjectChange(long id, String itemKey, String actor, Instant at, String field, String oldValue,
                            String newValue) {

    static final String ITEM = "item";

    public boolean isCreationOrDeletion() {
        return ITEM.equals(field);
    }

    public boolean isCreation() {
        return isCreationOrDeletion() && oldValue == null;
    }

    /** The item's fields as they were when it was created or deleted; empty for other lines. */
    public Map<String, String> fields() {
        String text = isCreation() ? newValue : isCreationOrDeletion() ? oldValue : null;
        Map<String, String> fields = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    fields.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
                }
            }
        }
        return fields;
    }

    private static String unescape(String value) {
        var out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One "name=value" line per field that has a value; the description is left out (it never moves a date). */
    static String encode(Map<String, String> fields) {
        String text = fields.entrySet().stream()
                .filter(e -> e.getValue() != null && !"description".equals(e.getKey()))
                .map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\").replace("\n", "\\n"))
                .collect(Collectors.joining("\n"));
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
