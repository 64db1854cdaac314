package dev.tandem.interchange.engine;

import dev.tandem.shared.Text;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Jira's CSV export ("Export Excel CSV (all fields)"): a header row in which some columns repeat (Sprint, Labels,
 * Comment, the issue links), one row per issue. Rows are mapped onto items keyed by the issue key; "Outward issue
 * link (Blocks)" on A naming B means B waits for A (finish-to-start), "Inward issue link (Blocks)" the reverse; other
 * link kinds are left out with a warning. Sub-tasks and epic links become parents. A sprint gets the two weeks from
 * the Monday of the week its first issue was created (the export carries no sprint dates), which the sprints page
 * can change.
 */
public final class JiraCsv {

    public static final String SOURCE = "jira";
    public static final int MAX_ROWS = 20_000;

    private static final DateTimeFormatter JIRA_DATE_TIME = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d/MMM/yy h:mm a").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter JIRA_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d/MMM/yy").toFormatter(Locale.ENGLISH);
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("epic", "epic"),
            Map.entry("story", "story"), Map.entry("task", "task"), Map.entry("sub-task", "task"),
            Map.entry("subtask", "task"), Map.entry("bug", "bug"), Map.entry("feature", "feature"),
            Map.entry("new feature", "feature"), Map.entry("improvement", "story"), Map.entry("milestone", "milestone"),
            Map.entry("spike", "task"));

    private JiraCsv() {
    }

    /** A status of the project's workflow: its name and category (TODO, IN_PROGRESS, DONE). */
    public record Status(String name, String category) {
    }

    /**
     * @param statusMap Jira status → workflow status, as the person mapped them; the others by {@link #defaultStatus}
     * @param typeMap Jira issue type → Tandem type; the others by their name
     * @param person the username of the member a Jira name (display name, username or e-mail) is, if any
     */
    public static Incoming read(byte[] content, List<Status> workflow, Map<String, String> statusMap,
                                Map<String, String> typeMap, Function<String, Optional<String>> person) {
        String text = text(content);
        List<Incoming.Problem> errors = new ArrayList<>();
        List<Incoming.Problem> warnings = new ArrayList<>();
        Map<String, String> statusMapping = new LinkedHashMap<>();
        Map<String, String> typeMapping = new LinkedHashMap<>();
        Set<String> unmatched = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>();
        Header header;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new UnreadableFile(Text.of("problem.interchange.csvEmpty"));
            }
            header = new Header(records.next());
            long end = parser.getCurrentLineNumber();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = (int) end + 1;
                end = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new UnreadableFile(Text.of("problem.interchange.tooManyIssues", MAX_ROWS));
                }
                if (record.size() < header.size()) {
                    errors.add(new Incoming.Problem(line, "Line " + line + " has " + record.size() + " fields, the "
                            + "header " + header.size() + ": the file may be cut short."));
                    continue;
                }
                rows.add(new Row(line, record));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFile(Text.of("problem.interchange.csvUnreadable"), e);
        }
        Map<String, String> keyById = new HashMap<>();
        for (Row row : rows) {
            String id = header.first(row.record(), "Issue id");
            String key = header.first(row.record(), "Issue key");
            if (id != null && key != null) {
                keyById.put(id, key);
            }
        }
        List<Incoming.Item> items = new ArrayList<>();
        List<Incoming.Link> links = new ArrayList<>();
        Map<String, LocalDate> sprintStarts = new LinkedHashMap<>();
        Set<String> keys = new java.util.HashSet<>();
        rows.forEach(r -> Optional.ofNullable(header.first(r.record(), "Issue key")).ifPresent(keys::add));
        int otherLinks = 0;
        for (Row row : rows) {
            CSVRecord r = row.record();
            int line = row.line();
            String key = header.first(r, "Issue key");
            String summary = header.first(r, "Summary");
            if (key == null) {
                errors.add(new Incoming.Problem(line, "Line " + line + " has no issue key."));
                continue;
            }
            if (summary == null) {
                errors.add(new Incoming.Problem(line, key + " has no summary."));
                continue;
            }
            String jiraType = Optional.ofNullable(header.first(r, "Issue Type")).orElse("Task");
            String type = typeMap.getOrDefault(jiraType, TYPES.get(jiraType.toLowerCase(Locale.ROOT)));
            if (type == null) {
                type = "task";
                warnings.add(new Incoming.Problem(line, "The issue type “" + jiraType + "” of " + key
                        + " has no counterpart; it became a task."));
            }
            typeMapping.putIfAbsent(jiraType, type);
            String jiraStatus = header.first(r, "Status");
            String status = null;
            if (jiraStatus != null) {
                status = statusMap.containsKey(jiraStatus) ? statusMap.get(jiraStatus) : defaultStatus(jiraStatus, workflow);
                statusMapping.putIfAbsent(jiraStatus, status);
            }
            String assignee = null;
            String assigneeName = header.first(r, "Assignee");
            if (assigneeName != null) {
                assignee = person.apply(assigneeName).orElse(null);
                if (assignee == null) {
                    unmatched.add(assigneeName);
                }
            }
            String parent = header.first(r, "Parent id");
            if (parent == null) {
                parent = header.first(r, "Parent");
            }
            if (parent != null) {
                parent = keyById.getOrDefault(parent, parent);
            } else {
                parent = header.first(r, "Custom field (Epic Link)");
            }
            BigDecimal points = null;
            String pointsText = header.first(r, "Custom field (Story Points)");
            if (pointsText != null) {
                try {
                    points = new BigDecimal(pointsText);
                } catch (NumberFormatException e) {
                    errors.add(new Incoming.Problem(line, key + ": the story points “" + pointsText + "” are not a number."));
                    continue;
                }
            }
            LocalDate due = null;
            LocalDateTime created = null;
            try {
                due = date(header.first(r, "Due date"));
                created = dateTime(header.first(r, "Created"));
            } catch (DateTimeParseException e) {
                errors.add(new Incoming.Problem(line, key + ": “" + e.getParsedString() + "” is not a date Jira writes "
                        + "(such as 12/Jan/27 10:15 AM or 2027-01-12)."));
                continue;
            }
            List<String> sprints = header.all(r, "Sprint");
            String sprint = sprints.isEmpty() ? null : sprints.getLast();
            if (sprint != null && created != null) {
                LocalDate monday = created.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                sprintStarts.merge(sprint, monday, (a, b) -> a.isBefore(b) ? a : b);
            } else if (sprint != null) {
                sprintStarts.putIfAbsent(sprint, null);
            }
            Set<String> labels = new TreeSet<>(header.all(r, "Labels"));
            List<String> comments = header.all(r, "Comment").stream().map(JiraCsv::comment).toList();
            items.add(new Incoming.Item(key, line, type, summary, header.first(r, "Description"), status,
                    priority(header.first(r, "Priority")), assignee, parent, labels, points, null, null, due, sprint,
                    comments));
            for (String blocked : header.all(r, "Outward issue link (Blocks)")) {
                links.add(new Incoming.Link(key, blocked, "FS", 0));
            }
            for (String blocker : header.all(r, "Inward issue link (Blocks)")) {
                links.add(new Incoming.Link(blocker, key, "FS", 0));
            }
            otherLinks += header.otherLinks(r);
        }
        List<Incoming.Link> kept = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Incoming.Link l : links) {
            if (!keys.contains(l.predecessorKey()) || !keys.contains(l.successorKey())) {
                warnings.add(new Incoming.Problem(0, "The link " + l.predecessorKey() + " blocks " + l.successorKey()
                        + " names an issue that is not in the file; it was left out."));
            } else if (seen.add(l.predecessorKey() + ">" + l.successorKey())) {
                kept.add(l);
            }
        }
        if (otherLinks > 0) {
            warnings.add(new Incoming.Problem(0, otherLinks + " issue links of other kinds than Blocks (such as "
                    + "Relates or Duplicate) were left out: only Blocks links order the work."));
        }
        List<Incoming.Sprint> sprints = new ArrayList<>();
        LocalDate fallback = LocalDate.of(2000, 1, 3);
        for (var e : sprintStarts.entrySet()) {
            LocalDate start = e.getValue() != null ? e.getValue() : fallback;
            sprints.add(new Incoming.Sprint(e.getKey(), start, start.plusDays(11)));
        }
        if (!sprints.isEmpty()) {
            warnings.add(new Incoming.Problem(0, "Jira's export carries no sprint dates: each new sprint got the two "
                    + "weeks from the Monday of the week its first issue was created; change them on the sprints page."));
        }
        return new Incoming(SOURCE, items, kept, sprints, List.of(), null, List.copyOf(unmatched), statusMapping,
                typeMapping, Map.of(), warnings, errors);
    }

    /** The workflow status of the same name; else the first of the category the name suggests. */
    public static String defaultStatus(String jiraStatus, List<Status> workflow) {
        for (Status s : workflow) {
            if (s.name().equalsIgnoreCase(jiraStatus.strip())) {
                return s.name();
            }
        }
        String name = jiraStatus.toLowerCase(Locale.ROOT);
        String category = name.matches(".*(done|closed|resolved|complete|released|cancel|won't).*") ? "DONE"
                : name.matches(".*(progress|review|test|qa|doing|develop|block).*") ? "IN_PROGRESS" : "TODO";
        return workflow.stream().filter(s -> s.category().equals(category)).map(Status::name).findFirst()
                .orElse(workflow.isEmpty() ? null : workflow.getFirst().name());
    }

    static String text(byte[] content) {
        if (content.length == 0) {
            throw new UnreadableFile(Text.of("problem.interchange.csvEmpty"));
        }
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                Text seems = MsProjectFiles.seemsToBe(content);
                throw new UnreadableFile(seems == null ? Text.of("problem.interchange.binary")
                        : Text.of("problem.interchange.binarySeems", seems));
            }
        }
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String head = text.stripLeading();
        if (head.startsWith("<")) {
            Text seems = MsProjectFiles.seemsToBe(content);
            throw new UnreadableFile(seems == null ? Text.of("problem.interchange.notCsv")
                    : Text.of("problem.interchange.notCsvSeems", seems));
        }
        return text;
    }

    /** Jira writes "date;author;body"; the body is kept with a line naming the author and the date. */
    static String comment(String raw) {
        String[] parts = raw.split(";", 3);
        if (parts.length == 3) {
            try {
                dateTime(parts[0]);
                return parts[2].strip() + "\n\n— " + parts[1].strip() + ", " + parts[0].strip() + " (Jira)";
            } catch (DateTimeParseException e) {
                return raw.strip();
            }
        }
        return raw.strip();
    }

    private static String priority(String jira) {
        if (jira == null) {
            return null;
        }
        return switch (jira.strip().toLowerCase(Locale.ROOT)) {
            case "highest", "blocker", "critical" -> "highest";
            case "high", "major" -> "high";
            case "medium", "normal" -> "medium";
            case "low", "minor" -> "low";
            case "lowest", "trivial" -> "lowest";
            default -> null;
        };
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return LocalDate.parse(t.substring(0, 10));
        }
        try {
            return LocalDate.parse(t, JIRA_DATE);
        } catch (DateTimeParseException e) {
            return dateTime(t).toLocalDate();
        }
    }

    static LocalDateTime dateTime(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.matches("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}.*")) {
            return LocalDateTime.parse(t.substring(0, 16).replace(' ', 'T'));
        }
        return LocalDateTime.parse(t, JIRA_DATE_TIME);
    }

    private record Row(int line, CSVRecord record) {
    }

    /** The column positions of each header name; Jira repeats some names, one column per value. */
    private static final class Header {
        private final Map<String, List<Integer>> columns = new HashMap<>();
        private final List<Integer> otherLinkColumns = new ArrayList<>();
        private final int size;

        Header(CSVRecord record) {
            size = record.size();
            for (int i = 0; i < record.size(); i++) {
                String name = record.get(i).strip();
                columns.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
                if (name.matches("(?i)(outward|inward) issue link \\((?!blocks\\)).*\\)")) {
                    otherLinkColumns.add(i);
                }
            }
            if (!columns.containsKey("issue key") || !columns.containsKey("summary")) {
                throw new UnreadableFile(Text.of("problem.interchange.notJira"));
            }
        }

        int size() {
            return size;
        }

        String first(CSVRecord r, String name) {
            List<String> values = all(r, name);
            return values.isEmpty() ? null : values.getFirst();
        }

        List<String> all(CSVRecord r, String name) {
            List<String> values = new ArrayList<>();
            for (int i : columns.getOrDefault(name.toLowerCase(Locale.ROOT), List.of())) {
                if (i < r.size() && !r.get(i).isBlank()) {
                    values.add(r.get(i).strip());
                }
            }
            return values;
        }

        int otherLinks(CSVRecord r) {
            return (int) otherLinkColumns.stream().filter(i -> i < r.size() && !r.get(i).isBlank()).count();
        }
    }
}
