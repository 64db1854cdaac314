package dev.tandem.interchange.engine;

import dev.tandem.shared.Text;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV of items, one a row, whose columns the person maps onto item fields (the mapping step); a column left
 * unmapped is ignored. Headers named like the fields, or like the columns of Tandem's own CSV export, map by
 * themselves, so an exported list edited in a spreadsheet imports back. A row whose key names an item of the project
 * updates it; a row without a key creates one.
 */
public final class ItemCsv {

    public static final String SOURCE = "csv";
    public static final String IGNORE = "ignore";
    public static final List<String> FIELDS = List.of("key", "type", "title", "description", "status", "priority",
            "assignee", "parent", "labels", "storyPoints", "plannedStart", "plannedFinish", "dueDate", IGNORE);
    private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("key", "key"),
            Map.entry("itemkey", "key"), Map.entry("type", "type"), Map.entry("title", "title"),
            Map.entry("summary", "title"), Map.entry("name", "title"), Map.entry("description", "description"),
            Map.entry("status", "status"), Map.entry("priority", "priority"), Map.entry("assignee", "assignee"),
            Map.entry("parent", "parent"), Map.entry("labels", "labels"), Map.entry("storypoints", "storyPoints"),
            Map.entry("points", "storyPoints"), Map.entry("plannedstart", "plannedStart"),
            Map.entry("start", "plannedStart"), Map.entry("plannedfinish", "plannedFinish"),
            Map.entry("finish", "plannedFinish"), Map.entry("duedate", "dueDate"), Map.entry("due", "dueDate"));

    private ItemCsv() {
    }

    /** @param mapping header → field, as the person chose; the other headers map by their name (or are ignored) */
    public static Incoming read(byte[] content, Map<String, String> mapping) {
        String text = JiraCsv.text(content);
        List<Incoming.Problem> errors = new ArrayList<>();
        List<Incoming.Item> items = new ArrayList<>();
        Map<String, String> columns = new LinkedHashMap<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new UnreadableFile(Text.of("problem.interchange.csvEmpty"));
            }
            CSVRecord header = records.next();
            List<String> fields = new ArrayList<>();
            for (String name : header) {
                String h = name.strip();
                String field = mapping.getOrDefault(h, HEADERS.getOrDefault(
                        h.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", ""), IGNORE));
                if (!FIELDS.contains(field)) {
                    throw new UnreadableFile(Text.of("problem.interchange.noSuchField", h, field));
                }
                if (!field.equals(IGNORE) && columns.containsValue(field)) {
                    field = IGNORE;
                }
                columns.put(h, field);
                fields.add(field);
            }
            if (!fields.contains("title")) {
                throw new UnreadableFile(Text.of("problem.interchange.noTitleColumn"));
            }
            long end = parser.getCurrentLineNumber();
            while (records.hasNext()) {
                CSVRecord r = records.next();
                int line = (int) end + 1;
                end = parser.getCurrentLineNumber();
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                if (items.size() >= JiraCsv.MAX_ROWS) {
                    throw new UnreadableFile(Text.of("problem.interchange.tooManyRows", JiraCsv.MAX_ROWS));
                }
                Map<String, String> v = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(r.size(), fields.size()); i++) {
                    if (!r.get(i).isBlank() && !fields.get(i).equals(IGNORE)) {
                        v.put(fields.get(i), r.get(i).strip());
                    }
                }
                try {
                    items.add(item(line, v));
                } catch (NumberFormatException e) {
                    errors.add(new Incoming.Problem(line, "Line " + line + ": the story points “" + v.get("storyPoints")
                            + "” are not a number."));
                } catch (DateTimeParseException e) {
                    errors.add(new Incoming.Problem(line, "Line " + line + ": “" + e.getParsedString()
                            + "” is not a date such as 2027-01-31."));
                } catch (IllegalArgumentException e) {
                    errors.add(new Incoming.Problem(line, "Line " + line + ": " + e.getMessage()));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFile(Text.of("problem.interchange.csvUnreadable"), e);
        }
        return new Incoming(SOURCE, items, List.of(), List.of(), List.of(), null, List.of(), Map.of(), Map.of(),
                columns, List.of(), errors);
    }

    private static Incoming.Item item(int line, Map<String, String> v) {
        if (v.get("title") == null) {
            throw new IllegalArgumentException("the title is empty.");
        }
        String key = v.getOrDefault("key", "#" + line);
        Set<String> labels = v.get("labels") == null ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(v.get("labels").split("[\\s,;]+")));
        return new Incoming.Item(key.toUpperCase(Locale.ROOT), line,
                v.getOrDefault("type", "task").toLowerCase(Locale.ROOT), v.get("title"), v.get("description"),
                v.get("status"), v.get("priority") == null ? null : v.get("priority").toLowerCase(Locale.ROOT),
                v.get("assignee"), v.get("parent") == null ? null : v.get("parent").toUpperCase(Locale.ROOT), labels,
                v.get("storyPoints") == null ? null : new BigDecimal(v.get("storyPoints")), date(v.get("plannedStart")),
                date(v.get("plannedFinish")), date(v.get("dueDate")), null, List.of());
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
