package dev.tandem.webhook.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an item edit's audit summary, one {@code field: old → new} line per changed field, for the events it means
 * beyond "changed": a new status, a date that moved later.
 */
public final class ItemEdit {

    private static final String ARROW = " → ";

    private ItemEdit() {
    }

    /** One changed field; the values as the summary shows them ("∅" for none). */
    public record FieldChange(String field, String from, String to) {

        /** Whether both values are days and the new one is after the old one. */
        public boolean movedLater() {
            try {
                return LocalDate.parse(to).isAfter(LocalDate.parse(from));
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    /** The lines of the summary that have the shape of a change, in order. */
    public static List<FieldChange> changes(String summary) {
        List<FieldChange> changes = new ArrayList<>();
        if (summary == null) {
            return changes;
        }
        for (String line : summary.split("\n")) {
            int colon = line.indexOf(": ");
            int arrow = colon < 1 ? -1 : line.indexOf(ARROW, colon + 2);
            if (arrow >= 0) {
                changes.add(new FieldChange(line.substring(0, colon), line.substring(colon + 2, arrow),
                        line.substring(arrow + ARROW.length())));
            }
        }
        return changes;
    }
}
