package dev.tandem.quality.internal;

import dev.tandem.quality.engine.Severity;
import dev.tandem.shared.Text;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a SARIF 2.1.0 log token by token (never the whole document in memory) and hands each result to a consumer
 * as soon as it is read. A result's severity is its rule's {@code security-severity} when the rule carries one (as
 * CodeQL's do), else its {@code level}, else its rule's default level, else SARIF's default (warning). Rules are
 * known once {@code tool} was read, which tools write before {@code results}.
 */
public final class SarifParser {

    private static final int MAX_TEXT = 1000;
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(10_000_000).build()).build();

    private record Rule(String id, String level, Double securitySeverity) {
    }

    private final Consumer<RawFinding> findings;
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, Rule> rulesById = new HashMap<>();
    private String tool;
    private boolean sawRuns;

    private SarifParser(Consumer<RawFinding> findings) {
        this.findings = findings;
    }

    /**
     * Reads {@code in} to its end; returns the name of the (first run's) tool.
     *
     * @throws ReportFormatException naming the line and column of the first problem
     */
    public static String parse(InputStream in, Consumer<RawFinding> findings) {
        SarifParser sarif = new SarifParser(findings);
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), in)) {
            try {
                sarif.log(p);
            } catch (UnexpectedEndOfInputException e) {
                throw at(e.getLocation(), Text.of("problem.quality.endOfInput"));
            } catch (JacksonException e) {
                String problem = firstLine(e.getOriginalMessage());
                throw at(e.getLocation(), problem == null ? Text.of("problem.quality.notJson")
                        : problem.startsWith("Unexpected end-of-input") ? Text.of("problem.quality.endOfInput")
                        : Text.of("problem.quality.parser", problem));
            }
        }
        return sarif.tool == null ? "SARIF" : sarif.tool;
    }

    private void log(JsonParser p) {
        expect(p, p.nextToken(), JsonToken.START_OBJECT, Text.of("problem.quality.sarifNotObject"));
        String version = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "version" -> version = p.getValueAsString();
                case "runs" -> {
                    expect(p, value, JsonToken.START_ARRAY, Text.of("problem.quality.runsNotArray"));
                    sawRuns = true;
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        run(p);
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (p.nextToken() != null) {
            throw at(p.currentLocation(), Text.of("problem.quality.contentAfterLog"));
        }
        if (version != null && !version.equals("2.1.0")) {
            throw new ReportFormatException(Text.of("problem.quality.sarifVersion", version));
        }
        if (!sawRuns) {
            throw new ReportFormatException(Text.of("problem.quality.noRuns"));
        }
    }

    private void run(JsonParser p) {
        rules.clear();
        rulesById.clear();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "tool" -> tool(p);
                case "results" -> {
                    expect(p, value, JsonToken.START_ARRAY, Text.of("problem.quality.resultsNotArray"));
                    JsonToken t;
                    while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
                        result(p);
                    }
                    expect(p, t, JsonToken.END_ARRAY, Text.of("problem.quality.resultNotObject"));
                }
                default -> p.skipChildren();
            }
        }
    }

    private void tool(JsonParser p) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("driver")) {
                driver(p);
            } else {
                p.skipChildren();
            }
        }
    }

    private void driver(JsonParser p) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("name") && value == JsonToken.VALUE_STRING) {
                if (tool == null) {
                    tool = clip(p.getString(), 128);
                }
            } else if (name.equals("rules") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    Rule rule = rule(p);
                    rules.add(rule);
                    if (rule.id() != null) {
                        rulesById.putIfAbsent(rule.id(), rule);
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private static Rule rule(JsonParser p) {
        String id = null;
        String level = null;
        Double security = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "id" -> id = p.getValueAsString();
                case "defaultConfiguration" -> {
                    if (value == JsonToken.START_OBJECT) {
                        Map<String, String> config = flat(p);
                        level = config.get("level");
                    }
                }
                case "properties" -> {
                    if (value == JsonToken.START_OBJECT) {
                        security = score(flat(p).get("security-severity"));
                    }
                }
                default -> p.skipChildren();
            }
        }
        return new Rule(id, level, security);
    }

    private void result(JsonParser p) {
        String ruleId = null;
        int ruleIndex = -1;
        String level = null;
        String message = null;
        String path = null;
        Integer line = null;
        String snippet = null;
        Map<String, String> prints = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "ruleId" -> ruleId = p.getValueAsString();
                case "ruleIndex" -> ruleIndex = p.getValueAsInt(-1);
                case "rule" -> {
                    if (value == JsonToken.START_OBJECT) {
                        Map<String, String> ref = flat(p);
                        if (ruleId == null) {
                            ruleId = ref.get("id");
                        }
                        if (ref.containsKey("index")) {
                            ruleIndex = Integer.parseInt(ref.get("index"));
                        }
                    }
                }
                case "level" -> level = p.getValueAsString();
                case "message" -> {
                    if (value == JsonToken.START_OBJECT) {
                        Map<String, String> m = flat(p);
                        message = m.getOrDefault("text", m.get("markdown"));
                    }
                }
                case "locations" -> {
                    if (value == JsonToken.START_ARRAY) {
                        boolean first = true;
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            if (first) {
                                String[] location = location(p);
                                path = location[0];
                                line = location[1] == null ? null : Integer.valueOf(location[1]);
                                snippet = location[2];
                                first = false;
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                }
                case "fingerprints", "partialFingerprints" -> {
                    if (value == JsonToken.START_OBJECT) {
                        String prefix = name.equals("fingerprints") ? "" : "partial:";
                        flat(p).forEach((k, v) -> prints.put(prefix + k, v));
                    }
                }
                default -> p.skipChildren();
            }
        }
        // SARIF: fingerprints, when present, are the stable identity; partial ones only when there are no full ones
        if (prints.keySet().stream().anyMatch(k -> !k.startsWith("partial:"))) {
            prints.keySet().removeIf(k -> k.startsWith("partial:"));
        }
        Rule rule = ruleIndex >= 0 && ruleIndex < rules.size() ? rules.get(ruleIndex)
                : ruleId == null ? null : rulesById.get(ruleId);
        if (ruleId == null && rule != null) {
            ruleId = rule.id();
        }
        if (ruleId == null) {
            ruleId = "(no rule)";
        }
        Severity severity = rule != null && rule.securitySeverity() != null ? Severity.ofScore(rule.securitySeverity())
                : Severity.ofSarifLevel(level != null ? level : rule == null ? null : rule.level());
        findings.accept(new RawFinding(tool == null ? "SARIF" : tool, clip(ruleId, 255), severity, path == null ? "(no file)" : clip(path, 1000), line,
                message == null ? "" : clip(message, MAX_TEXT), snippet, prints));
    }

    /** The first location's file, start line and snippet. */
    private static String[] location(JsonParser p) {
        String[] found = new String[3];
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("physicalLocation") && value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String part = p.currentName();
                    JsonToken v = p.nextToken();
                    if (part.equals("artifactLocation") && v == JsonToken.START_OBJECT) {
                        found[0] = flat(p).get("uri");
                    } else if (part.equals("region") && v == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                            String field = p.currentName();
                            JsonToken fv = p.nextToken();
                            if (field.equals("startLine") && fv == JsonToken.VALUE_NUMBER_INT) {
                                found[1] = Integer.toString(p.getIntValue());
                            } else if (field.equals("snippet") && fv == JsonToken.START_OBJECT) {
                                found[2] = flat(p).get("text");
                            } else {
                                p.skipChildren();
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return found;
    }

    /** The scalar properties of the object the parser is at (nested objects and arrays skipped). */
    private static Map<String, String> flat(JsonParser p) {
        Map<String, String> values = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                values.put(name, p.getValueAsString());
            } else {
                p.skipChildren();
            }
        }
        return values;
    }

    private static Double score(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected, Text problem) {
        if (actual == null) {
            throw at(p.currentLocation(), Text.of("problem.quality.endOfInput"));
        }
        if (actual != expected) {
            throw at(p.currentLocation(), problem);
        }
    }

    private static ReportFormatException at(TokenStreamLocation location, Text problem) {
        if (location == null || location.getLineNr() < 1) {
            return new ReportFormatException(problem);
        }
        return ReportFormatException.at(location.getLineNr(), location.getColumnNr(), problem);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return null;
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        // Jackson adds where a value started, naming an unreadable source; the line and column say enough
        int context = line.indexOf(" (for ");
        return context < 0 ? line : line.substring(0, context);
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
