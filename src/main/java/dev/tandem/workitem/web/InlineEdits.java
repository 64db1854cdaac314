package dev.tandem.workitem.web;

import dev.tandem.shared.Actor;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.Text;
import dev.tandem.system.ProjectMarkdown;
import dev.tandem.system.PickerOption;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.ItemSprints;
import dev.tandem.workitem.WorkItemManagement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One field of an item edited in place on the item page, signed in with the browser session and its CSRF token.
 * The edit carries the version it was based on: a stale one changes nothing and answers 409 with the field's
 * current value, so the page can show what changed beside the value the person chose.
 */
@RestController
@RequestMapping("/items/{itemKey}")
class InlineEdits {

    private final WorkItemManagement items;
    private final List<ItemSprints> sprints;
    private final ProjectMarkdown markdown;
    private final MessageSource messages;

    InlineEdits(WorkItemManagement items, List<ItemSprints> sprints, ProjectMarkdown markdown, MessageSource messages) {
        this.items = items;
        this.sprints = sprints;
        this.markdown = markdown;
        this.messages = messages;
    }

    record Edit(@NotBlank @Size(max = 40) String field, @Size(max = 20_000) String value, Long version) {
    }

    /**
     * A field as it now stands: the value for its input and the words to show, the rendered description, the
     * status's category, the assignee with their avatar (null when unassigned), the item's version, on a conflict
     * the reason, and every field's value.
     */
    record FieldValue(String field, String value, String display, String html, String category,
                      PickerOption assignee, long version, String message, Map<String, String> values) {
    }

    /** The fields the item page edits in place; {@code blocked} carries the reason, empty when not blocked. */
    static final List<String> FIELDS = List.of("title", "type", "status", "priority", "assignee", "parent",
            "description", "labels", "storyPoints", "estimateHours", "optimisticDays", "mostLikelyDays",
            "pessimisticDays", "plannedStart", "plannedFinish", "dueDate", "remainingHours", "blocked");

    /** The sprint is a membership kept by the sprints, not a field of the item; its value is a sprint's id or empty. */
    static final String SPRINT = "sprint";

    record Preview(@Size(max = 20_000) String text) {
    }

    record Rendered(String html) {
    }

    @PostMapping("/inline")
    ResponseEntity<FieldValue> edit(Actor actor, @PathVariable String itemKey, @Valid @RequestBody Edit edit) {
        if (edit.field().equals(SPRINT)) {
            return sprint(actor, itemKey, edit);
        }
        if (!FIELDS.contains(edit.field())) {
            throw new InvalidInputException("field", Text.of("problem.workitem.notEditableInPlace", edit.field()));
        }
        ItemFields fields = fields(edit.field(), Objects.toString(edit.value(), ""));
        try {
            return ResponseEntity.ok(current(actor, items.update(actor, itemKey, fields, edit.version()), edit.field(), null));
        } catch (StaleVersionException e) {
            ItemView now = items.get(actor, itemKey);
            String message = messages.getMessage("inline.conflict",
                    new Object[] {current(actor, now, edit.field(), null).display()}, locale());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(current(actor, now, edit.field(), message));
        }
    }

    /** Moves the item into a planned or active sprint, or out of its sprint when the value is empty. */
    private ResponseEntity<FieldValue> sprint(Actor actor, String itemKey, Edit edit) {
        ItemView item = items.get(actor, itemKey);
        String value = Objects.toString(edit.value(), "").strip();
        Long sprintId;
        try {
            sprintId = value.isEmpty() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(SPRINT, Text.of("problem.wholeNumber", value));
        }
        try {
            for (ItemSprints s : sprints) {
                s.moveItem(actor, item.projectKey(), item.key(), sprintId, edit.version());
            }
            return ResponseEntity.ok(currentSprint(actor, items.get(actor, itemKey), null));
        } catch (StaleVersionException e) {
            ItemView now = items.get(actor, itemKey);
            String message = messages.getMessage("inline.conflict",
                    new Object[] {currentSprint(actor, now, null).display()}, locale());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(currentSprint(actor, now, message));
        }
    }

    private FieldValue currentSprint(Actor actor, ItemView item, String message) {
        ItemSprints.SprintRef sprint = sprints.stream()
                .flatMap(s -> s.openSprintOf(actor, item.projectKey(), item.key()).stream()).findFirst().orElse(null);
        String value = sprint == null ? "" : Long.toString(sprint.id());
        FieldValue fields = current(actor, item, "title", null);
        Map<String, String> values = new LinkedHashMap<>(fields.values());
        values.put(SPRINT, value);
        return new FieldValue(SPRINT, value, sprint == null ? messages.getMessage("backlog.sprint.none", null, locale())
                : sprint.name(), fields.html(), fields.category(), fields.assignee(), item.version(), message, values);
    }

    /** The description rendered as the item page will show it, by the same safe Markdown renderer. */
    @PostMapping("/preview")
    Rendered preview(Actor actor, @PathVariable String itemKey, @Valid @RequestBody Preview preview) {
        ItemView item = items.get(actor, itemKey);
        return new Rendered(markdown.render(actor, item.projectKey(), Objects.toString(preview.text(), "")));
    }

    /** The change of one field; an emptied value empties a field that may be empty. */
    private ItemFields fields(String field, String value) {
        Set<String> cleared = new HashSet<>();
        Map<String, Object> v = new HashMap<>();
        switch (field) {
            case "title", "type", "status", "priority" -> {
                if (value.isBlank()) {
                    throw new InvalidInputException(field, Text.of("problem.input.empty"));
                }
                v.put(field, value.strip());
            }
            case "assignee", "parent", "description" -> v.put(field, ItemForm.clearable(field, value, true, cleared));
            case "storyPoints", "estimateHours", "optimisticDays", "mostLikelyDays", "pessimisticDays", "remainingHours" ->
                    v.put(field, ItemForm.number(field, value, true, cleared));
            case "plannedStart", "plannedFinish", "dueDate" ->
                    v.put(field, ItemForm.date(field, value, true, cleared));
            case "labels" -> {
                Set<String> labels = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                if (labels.isEmpty()) {
                    cleared.add(field);
                } else {
                    v.put(field, labels);
                }
            }
            default -> { // blocked
                String reason = ItemForm.text(value);
                v.put("blocked", reason != null);
                v.put("blockedReason", reason);
            }
        }
        @SuppressWarnings("unchecked")
        Set<String> labels = (Set<String>) v.get("labels");
        return new ItemFields((String) v.get("type"), (String) v.get("title"), (String) v.get("description"),
                (String) v.get("status"), (Boolean) v.get("blocked"), (String) v.get("blockedReason"),
                (String) v.get("priority"), (String) v.get("assignee"), (String) v.get("parent"), labels,
                (BigDecimal) v.get("storyPoints"), (BigDecimal) v.get("estimateHours"),
                (BigDecimal) v.get("optimisticDays"), (BigDecimal) v.get("mostLikelyDays"),
                (BigDecimal) v.get("pessimisticDays"), (LocalDate) v.get("plannedStart"),
                (LocalDate) v.get("plannedFinish"), (LocalDate) v.get("dueDate"), (BigDecimal) v.get("remainingHours"),
                cleared);
    }

    private FieldValue current(Actor actor, ItemView item, String field, String message) {
        ItemForm form = ItemForm.of(item);
        String value = form.value(field);
        String display = switch (field) {
            case "status" -> messages.getMessage("status.name." + value, null, value, locale());
            case "type" -> messages.getMessage("type." + value, null, value, locale());
            case "priority" -> messages.getMessage("priority." + value, null, value, locale());
            case "assignee" -> item.assigneeName() != null ? item.assigneeName()
                    : messages.getMessage("item.unassigned", null, locale());
            default -> value.isEmpty() ? "—" : value.length() > 120 ? value.substring(0, 119) + "…" : value;
        };
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, form.value(f)));
        return new FieldValue(field, value, display, markdown.render(actor, item.projectKey(), item.description()),
                item.statusCategory().name().toLowerCase(Locale.ROOT),
                item.assignee() == null ? null : PickerOption.person(item.assignee(), item.assigneeName()),
                item.version(), message, values);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
