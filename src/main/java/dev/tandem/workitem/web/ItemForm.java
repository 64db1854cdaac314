package dev.tandem.workitem.web;

import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The item form as the browser sends it: every field is text, and an emptied input empties the field.
 * Parsing problems are reported with the field's name so the page can say what to fix.
 */
record ItemForm(String type, String title, String description, String status, String blocked, String blockedReason,
                String priority, String assignee, String parent, String labels, String storyPoints,
                String estimateHours, String optimisticDays, String mostLikelyDays, String pessimisticDays,
                String plannedStart, String plannedFinish, String dueDate, String remainingHours, Long version) {

    static ItemForm blank() {
        return new ItemForm("task", "", "", null, null, "", "medium", "", "", "", "", "", "", "", "", "", "", "", "",
                null);
    }

    static ItemForm of(ItemView item) {
        return new ItemForm(item.type(), item.title(), Objects.toString(item.description(), ""), item.status(),
                Boolean.toString(item.blocked()), Objects.toString(item.blockedReason(), ""), item.priority(),
                Objects.toString(item.assignee(), ""), Objects.toString(item.parent(), ""),
                item.labels().stream().sorted().collect(Collectors.joining(", ")), plain(item.storyPoints()),
                plain(item.estimateHours()), plain(item.optimisticDays()), plain(item.mostLikelyDays()),
                plain(item.pessimisticDays()), Objects.toString(item.plannedStart(), ""),
                Objects.toString(item.plannedFinish(), ""), Objects.toString(item.dueDate(), ""),
                plain(item.remainingHours()), item.version());
    }

    /** Public because templates call it, and SpEL calls only public methods. */
    public boolean isBlocked() {
        return "true".equals(blocked) || "on".equals(blocked);
    }

    /** One field as the form shows it, by name (the blocked field shows its reason). Public for the templates. */
    public String value(String field) {
        return switch (field) {
            case "title" -> title;
            case "type" -> type;
            case "status" -> status;
            case "priority" -> priority;
            case "assignee" -> assignee;
            case "parent" -> parent;
            case "description" -> description;
            case "labels" -> labels;
            case "storyPoints" -> storyPoints;
            case "estimateHours" -> estimateHours;
            case "optimisticDays" -> optimisticDays;
            case "mostLikelyDays" -> mostLikelyDays;
            case "pessimisticDays" -> pessimisticDays;
            case "plannedStart" -> plannedStart;
            case "plannedFinish" -> plannedFinish;
            case "dueDate" -> dueDate;
            case "remainingHours" -> remainingHours;
            case "blocked" -> isBlocked() ? blockedReason : "";
            default -> throw new IllegalArgumentException("No such field: " + field);
        };
    }

    /** The fields to create or change an item with; a value that does not parse is refused with its field. */
    ItemFields fields(boolean edit) {
        Set<String> cleared = new HashSet<>();
        return new ItemFields(text(type), title == null ? "" : title, clearable("description", description, edit, cleared),
                text(status), isBlocked(), isBlocked() ? text(blockedReason) : null, text(priority),
                clearable("assignee", assignee, edit, cleared), clearable("parent", parent, edit, cleared),
                labels(edit, cleared),
                number("storyPoints", storyPoints, edit, cleared),
                number("estimateHours", estimateHours, edit, cleared),
                number("optimisticDays", optimisticDays, edit, cleared),
                number("mostLikelyDays", mostLikelyDays, edit, cleared),
                number("pessimisticDays", pessimisticDays, edit, cleared),
                date("plannedStart", plannedStart, edit, cleared),
                date("plannedFinish", plannedFinish, edit, cleared),
                date("dueDate", dueDate, edit, cleared),
                number("remainingHours", remainingHours, edit, cleared), cleared);
    }

    private Set<String> labels(boolean edit, Set<String> cleared) {
        Set<String> parsed = labels == null ? Set.of() : Arrays.stream(labels.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        if (parsed.isEmpty()) {
            if (edit) {
                cleared.add("labels");
            }
            return null;
        }
        return parsed;
    }

    static String clearable(String field, String value, boolean edit, Set<String> cleared) {
        String text = text(value);
        if (text == null && edit) {
            cleared.add(field);
        }
        return text;
    }

    static BigDecimal number(String field, String value, boolean edit, Set<String> cleared) {
        String text = clearable(field, value, edit, cleared);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, Text.of("problem.number", text));
        }
    }

    static LocalDate date(String field, String value, boolean edit, Set<String> cleared) {
        String text = clearable(field, value, edit, cleared);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Text.of("problem.date", text));
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
