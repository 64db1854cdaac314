package dev.tandem.meeting.transcript;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Proposes minutes through an OpenAI-compatible chat endpoint ({@code POST {baseUrl}/chat/completions}) asking for
 * structured JSON, and checks the answer strictly: exactly the expected properties and types, line numbers inside the
 * transcript, ISO dates. On a timeout, an unreachable endpoint, an HTTP error or an answer of another shape the
 * offline proposals stand, and the result says so and why.
 */
public final class LlmMinutesExtractor implements MinutesExtractor, AutoCloseable {

    /** Longest transcript sent, in characters; a longer one keeps the offline proposals. */
    public static final int MAX_TRANSCRIPT_CHARS = 60_000;
    static final int MAX_ITEMS = 100;
    static final int MAX_TEXT_CHARS = 1_000;
    private static final int MAX_DETAIL_CHARS = 200;

    private static final System.Logger LOG = System.getLogger(LlmMinutesExtractor.class.getName());
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final ChatEndpointSettings settings;
    private final OfflineExtractor offline;
    private final HttpClient http;

    public LlmMinutesExtractor(ChatEndpointSettings settings, OfflineExtractor offline) {
        this.settings = settings;
        this.offline = offline;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Thrown inside this class when the endpoint fails; turned into a fallback result. */
    private static final class Failure extends Exception {
        final ExtractionResult.FallbackReason reason;

        Failure(ExtractionResult.FallbackReason reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
        }
    }

    @Override
    public ExtractionResult extract(Transcript transcript, MeetingContext context) {
        MinutesProposal fallback = offline.propose(transcript, context);
        try {
            String numbered = numbered(transcript);
            if (numbered.length() > MAX_TRANSCRIPT_CHARS) {
                throw new Failure(ExtractionResult.FallbackReason.INVALID_OUTPUT,
                        "transcript longer than " + MAX_TRANSCRIPT_CHARS + " characters, not sent");
            }
            JsonNode minutes = call(requestBody(numbered, context));
            return new ExtractionResult(read(minutes, transcript, context), ExtractionResult.Source.LLM, null, null);
        } catch (Failure f) {
            String detail = truncate(settings.redact(f.getMessage()));
            LOG.log(System.Logger.Level.WARNING, "chat endpoint {0} failed ({1}: {2}); the offline proposals stand",
                    settings.baseUrl(), f.reason, detail);
            return new ExtractionResult(fallback, ExtractionResult.Source.OFFLINE_FALLBACK, f.reason, detail);
        }
    }

    private JsonNode call(String body) throws Failure {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.endpoint("/chat/completions"))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (settings.hasKey()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new Failure(ExtractionResult.FallbackReason.TIMEOUT, "no answer within " + settings.timeout());
        } catch (IOException e) {
            throw new Failure(ExtractionResult.FallbackReason.UNREACHABLE, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(ExtractionResult.FallbackReason.UNREACHABLE, "interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            throw new Failure(ExtractionResult.FallbackReason.HTTP_ERROR,
                    "HTTP " + response.statusCode() + errorMessage(response.body()));
        }
        JsonNode envelope = parse(response.body(), "the answer");
        JsonNode choice = envelope.path("choices").path(0);
        String finish = choice.path("finish_reason").asString("");
        if (!finish.isEmpty() && !finish.equals("stop")) {
            throw invalid("the answer stopped early (finish_reason " + finish + ")");
        }
        JsonNode message = choice.path("message");
        if (message.hasNonNull("refusal")) {
            throw invalid("the model refused");
        }
        JsonNode content = message.path("content");
        if (!content.isString()) {
            throw invalid("the answer has no choices[0].message.content");
        }
        return parse(content.stringValue(), "the message content");
    }

    private static String errorMessage(String body) {
        try {
            JsonNode message = JSON.readTree(body).path("error").path("message");
            return message.isString() ? ": " + message.stringValue() : "";
        } catch (JacksonException e) {
            return "";
        }
    }

    private static JsonNode parse(String text, String what) throws Failure {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw invalid(what + " is not JSON");
        }
    }

    private static Failure invalid(String detail) {
        return new Failure(ExtractionResult.FallbackReason.INVALID_OUTPUT, detail);
    }

    private static String truncate(String s) {
        return s.length() <= MAX_DETAIL_CHARS ? s : s.substring(0, MAX_DETAIL_CHARS) + "…";
    }

    static String numbered(Transcript transcript) {
        StringBuilder sb = new StringBuilder();
        for (TranscriptLine line : transcript.lines()) {
            sb.append(line.index()).append('\t');
            if (line.speaker() != null) {
                sb.append(line.speaker()).append(": ");
            }
            sb.append(line.text()).append('\n');
        }
        return sb.toString();
    }

    String requestBody(String numbered, MeetingContext context) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", settings.model());
        root.put("temperature", 0);
        ArrayNode messages = root.putArray("messages");
        messages.addObject().put("role", "system").put("content", instructions(context));
        messages.addObject().put("role", "user").put("content", numbered);
        ObjectNode format = root.putObject("response_format");
        if (settings.structuredOutput() == ChatEndpointSettings.StructuredOutput.JSON_SCHEMA) {
            format.put("type", "json_schema");
            ObjectNode schema = format.putObject("json_schema");
            schema.put("name", "meeting_minutes");
            schema.put("strict", true);
            schema.set("schema", schema());
        } else {
            format.put("type", "json_object");
        }
        return JSON.writeValueAsString(root);
    }

    private static String instructions(MeetingContext context) {
        StringBuilder people = new StringBuilder();
        for (Participant p : context.participants()) {
            people.append("- ").append(p.username()).append(": ").append(p.displayName());
            p.aliases().forEach(a -> people.append(", ").append(a));
            people.append('\n');
        }
        LocalDate date = context.meetingDate();
        return """
                You write the minutes of a meeting from its transcript. Each transcript line starts with its number.
                Return one JSON object with exactly these properties:
                "decisions": [{"text": string, "lines": [line numbers]}] for what the meeting decided or agreed;
                "actionItems": [{"task": string, "owner": string or null, "due": "YYYY-MM-DD" or null,
                "duePhrase": the words that gave the due date or null, "lines": [line numbers]}] for work someone
                committed to or was asked to do;
                "summary": {"text": two sentences at most, "topics": [up to five short topics], "lines": [line numbers]}.
                Use the language of the transcript for all text. Propose nothing that was only asked, suggested or
                left open. The owner is the participant's username below when the person is one of them, otherwise
                the name as said; "I" is the speaker. The meeting took place on %s (%s); resolve relative due dates
                ("by Friday", "下周三之前", "月底") from that date.
                Participants:
                %s""".formatted(date, date.getDayOfWeek().toString().toLowerCase(Locale.ROOT), people);
    }

    private static ObjectNode schema() {
        ObjectNode lines = JSON.createObjectNode().put("type", "array");
        lines.putObject("items").put("type", "integer");
        ObjectNode decision = object(Set.of("text", "lines"));
        decision.putObject("properties").set("text", type("string")).set("lines", lines);
        ObjectNode action = object(Set.of("task", "owner", "due", "duePhrase", "lines"));
        ObjectNode actionProperties = action.putObject("properties");
        actionProperties.set("task", type("string"));
        actionProperties.set("owner", nullable("string"));
        actionProperties.set("due", nullable("string"));
        actionProperties.set("duePhrase", nullable("string"));
        actionProperties.set("lines", lines);
        ObjectNode topics = JSON.createObjectNode().put("type", "array");
        topics.putObject("items").put("type", "string");
        ObjectNode summary = object(Set.of("text", "topics", "lines"));
        summary.putObject("properties").set("text", type("string")).set("topics", topics).set("lines", lines);
        ObjectNode root = object(Set.of("decisions", "actionItems", "summary"));
        ObjectNode properties = root.putObject("properties");
        properties.putObject("decisions").put("type", "array").set("items", decision);
        properties.putObject("actionItems").put("type", "array").set("items", action);
        properties.set("summary", summary);
        return root;
    }

    private static ObjectNode object(Set<String> required) {
        ObjectNode node = JSON.createObjectNode().put("type", "object").put("additionalProperties", false);
        ArrayNode names = node.putArray("required");
        required.stream().sorted().forEach(names::add);
        return node;
    }

    private static ObjectNode type(String type) {
        return JSON.createObjectNode().put("type", type);
    }

    private static ObjectNode nullable(String type) {
        ObjectNode node = JSON.createObjectNode();
        node.putArray("type").add(type).add("null");
        return node;
    }

    /** Reads the model's answer, refusing anything but the exact shape asked for. */
    static MinutesProposal read(JsonNode root, Transcript transcript, MeetingContext context) throws Failure {
        requireObject(root, "the minutes", Set.of("decisions", "actionItems", "summary"));
        var resolver = new OwnerResolver(context.participants());
        List<ProposedDecision> decisions = new ArrayList<>();
        for (JsonNode d : array(root.get("decisions"), "decisions")) {
            requireObject(d, "a decision", Set.of("text", "lines"));
            decisions.add(new ProposedDecision(text(d.get("text"), "decision text"),
                    lines(d.get("lines"), transcript)));
        }
        List<ProposedActionItem> actions = new ArrayList<>();
        for (JsonNode a : array(root.get("actionItems"), "actionItems")) {
            requireObject(a, "an action item", Set.of("task", "owner", "due", "duePhrase", "lines"));
            String owner = a.get("owner").isNull() ? null : text(a.get("owner"), "owner");
            DueDate due = null;
            if (!a.get("due").isNull()) {
                String iso = text(a.get("due"), "due");
                LocalDate date;
                try {
                    date = LocalDate.parse(iso);
                } catch (DateTimeParseException e) {
                    throw invalid("due is not a YYYY-MM-DD date: " + iso);
                }
                String phrase = a.get("duePhrase").isNull() ? iso : text(a.get("duePhrase"), "duePhrase");
                due = new DueDate(date, phrase);
            } else if (!a.get("duePhrase").isNull()) {
                text(a.get("duePhrase"), "duePhrase");
            }
            actions.add(new ProposedActionItem(text(a.get("task"), "task"),
                    owner == null ? null : resolver.resolve(owner), due, lines(a.get("lines"), transcript)));
        }
        JsonNode s = root.get("summary");
        requireObject(s, "the summary", Set.of("text", "topics", "lines"));
        List<String> topics = new ArrayList<>();
        for (JsonNode t : array(s.get("topics"), "topics")) {
            topics.add(text(t, "topic"));
        }
        List<Integer> summaryLines = s.get("lines").isArray() && s.get("lines").isEmpty() ? List.of()
                : lines(s.get("lines"), transcript);
        return new MinutesProposal(decisions, actions,
                new ProposedSummary(text(s.get("text"), "summary text"), topics, summaryLines));
    }

    private static void requireObject(JsonNode node, String what, Set<String> properties) throws Failure {
        if (node == null || !node.isObject()) {
            throw invalid(what + " is not an object");
        }
        Set<String> names = Set.copyOf(node.propertyNames());
        if (!names.equals(properties)) {
            throw invalid(what + " has properties " + names.stream().sorted().toList() + ", expected "
                    + properties.stream().sorted().toList());
        }
    }

    private static JsonNode array(JsonNode node, String what) throws Failure {
        if (!node.isArray()) {
            throw invalid(what + " is not an array");
        }
        if (node.size() > MAX_ITEMS) {
            throw invalid(what + " has more than " + MAX_ITEMS + " entries");
        }
        return node;
    }

    private static String text(JsonNode node, String what) throws Failure {
        if (!node.isString() || node.stringValue().isBlank()) {
            throw invalid(what + " is not a non-empty string");
        }
        String s = node.stringValue().strip();
        if (s.length() > MAX_TEXT_CHARS) {
            throw invalid(what + " is longer than " + MAX_TEXT_CHARS + " characters");
        }
        return s;
    }

    private static List<Integer> lines(JsonNode node, Transcript transcript) throws Failure {
        array(node, "lines");
        if (node.isEmpty()) {
            throw invalid("a proposal names no transcript line");
        }
        List<Integer> lines = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isInt() || n.intValue() < 1 || n.intValue() > transcript.lines().size()) {
                throw invalid("line " + n + " is not a line of the transcript (1–" + transcript.lines().size() + ")");
            }
            lines.add(n.intValue());
        }
        return lines;
    }

    /** Closes the HTTP client and its connections. */
    @Override
    public void close() {
        http.close();
    }
}
