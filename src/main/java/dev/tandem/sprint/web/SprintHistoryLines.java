package dev.tandem.sprint.web;

import dev.tandem.workitem.HistoryEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sprint's history as sentences a person reads ("started the sprint", "added 14 items: …") instead of field codes:
 * {@code message} is a message key, {@code label} an optional message key for the first argument (a field's name),
 * {@code first} and {@code second} the other arguments. Items added or taken out by one person within a minute are one
 * line.
 */
record SprintHistoryLines(Instant at, String actor, String message, String label, String first, String second) {

    private static final Duration TOGETHER = Duration.ofMinutes(1);

    static List<SprintHistoryLines> of(List<HistoryEntry> history, Map<String, String> displayNames) {
        List<SprintHistoryLines> lines = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        HistoryEntry group = null;
        for (HistoryEntry h : history) {
            String kind = itemsKind(h);
            if (group != null && kind != null && kind.equals(itemsKind(group)) && h.actor().equals(group.actor())
                    && !h.at().isAfter(group.at().plus(TOGETHER))) {
                keys.add(key(h));
                continue;
            }
            if (group != null) {
                lines.add(items(group, keys, displayNames));
                group = null;
            }
            if (kind != null) {
                group = h;
                keys = new ArrayList<>(List.of(key(h)));
            } else {
                lines.add(single(h, displayNames));
            }
        }
        if (group != null) {
            lines.add(items(group, keys, displayNames));
        }
        return lines;
    }

    /** "added", "removed", "returned" or "carriedOver" for a line about items; null for any other. */
    private static String itemsKind(HistoryEntry h) {
        return switch (h.field()) {
            case "items" -> h.newValue() != null ? "added" : "removed";
            case "returned", "carriedOver" -> h.field();
            default -> null;
        };
    }

    private static String key(HistoryEntry h) {
        return h.newValue() != null ? h.newValue() : h.oldValue();
    }

    private static SprintHistoryLines items(HistoryEntry first, List<String> keys, Map<String, String> names) {
        return new SprintHistoryLines(first.at(), name(first, names), "sprint.event." + itemsKind(first), null,
                Integer.toString(keys.size()), String.join(", ", keys));
    }

    private static SprintHistoryLines single(HistoryEntry h, Map<String, String> names) {
        if ("state".equals(h.field())) {
            String event = switch (h.newValue()) {
                case "PLANNED" -> "planned";
                case "ACTIVE" -> "started";
                case "COMPLETED" -> "completed";
                default -> throw new IllegalStateException("unknown sprint state " + h.newValue());
            };
            return new SprintHistoryLines(h.at(), name(h, names), "sprint.event." + event, null, null, null);
        }
        return new SprintHistoryLines(h.at(), name(h, names), "sprint.event.changed", "sprint." + h.field(),
                h.oldValue() == null ? "—" : h.oldValue(), h.newValue() == null ? "—" : h.newValue());
    }

    private static String name(HistoryEntry h, Map<String, String> names) {
        return names.getOrDefault(h.actor(), h.actor());
    }
}
