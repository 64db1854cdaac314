package dev.tandem.meeting.transcript;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client against a local server speaking the OpenAI Chat Completions protocol ({@code POST /v1/chat/completions}
 * with {@code response_format}, answering a {@code chat.completion} object).
 */
class LlmMinutesExtractorTests {

    private static final String KEY = "sk-test-4f9c2a7d1e";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Transcript transcript = TranscriptParser.parse("""
            Alice Chen: We decided to keep the beta date.
            Bob Martin: I'll finish the retry logic by Wednesday.
            王芳：我来更新测试计划，周五前完成。
            """.getBytes(StandardCharsets.UTF_8));
    private final MeetingContext context = new MeetingContext(LocalDate.of(2026, 11, 30), List.of(
            new Participant("alice", "Alice Chen"), new Participant("bob", "Bob Martin"),
            new Participant("wangfang", "王芳", List.of("Fang Wang"))));
    private final OfflineExtractor offline = new OfflineExtractor();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private LocalEndpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        endpoint = new LocalEndpoint();
        Logger.getLogger(LlmMinutesExtractor.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stop() {
        Logger.getLogger(LlmMinutesExtractor.class.getName()).removeHandler(capture);
        endpoint.close();
    }

    private LlmMinutesExtractor extractor(String key, ChatEndpointSettings.StructuredOutput output, Duration timeout) {
        return new LlmMinutesExtractor(new ChatEndpointSettings(endpoint.baseUrl(), "gpt-4o-mini", key, timeout,
                output), offline);
    }

    private LlmMinutesExtractor extractor() {
        return extractor(KEY, ChatEndpointSettings.StructuredOutput.JSON_SCHEMA, Duration.ofSeconds(10));
    }

    /** A chat.completion object as the OpenAI API returns it, with the given message content. */
    private static String completion(String content, String finishReason) {
        var root = JSON.createObjectNode();
        root.put("id", "chatcmpl-123").put("object", "chat.completion").put("created", 1764547200)
                .put("model", "gpt-4o-mini-2024-07-18");
        var choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content).putNull("refusal");
        choice.putNull("logprobs");
        choice.put("finish_reason", finishReason);
        root.putObject("usage").put("prompt_tokens", 412).put("completion_tokens", 96).put("total_tokens", 508);
        return JSON.writeValueAsString(root);
    }

    private static final String GOOD_MINUTES = """
            {"decisions": [{"text": "Keep the beta date", "lines": [1]}],
             "actionItems": [
               {"task": "Finish the retry logic", "owner": "bob", "due": "2026-12-02", "duePhrase": "by Wednesday",
                "lines": [2]},
               {"task": "更新测试计划", "owner": "王芳", "due": "2026-12-04", "duePhrase": "周五前", "lines": [3]},
               {"task": "Call the vendor", "owner": "Dave", "due": null, "duePhrase": null, "lines": [2]}],
             "summary": {"text": "The beta date stays.", "topics": ["beta", "retry logic"], "lines": [1, 2]}}
            """;

    @Test
    void sendsTheTranscriptWithAJsonSchemaAndUsesAValidAnswer() throws Exception {
        endpoint.answer(200, completion(GOOD_MINUTES, "stop"));

        ExtractionResult result = extractor().extract(transcript, context);

        LocalEndpoint.Received request = endpoint.received();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
        JsonNode body = JSON.readTree(request.bodyText());
        assertThat(body.path("model").stringValue()).isEqualTo("gpt-4o-mini");
        assertThat(body.path("messages").path(0).path("role").stringValue()).isEqualTo("system");
        assertThat(body.path("messages").path(0).path("content").stringValue())
                .contains("2026-11-30 (monday)", "- wangfang: 王芳, Fang Wang");
        assertThat(body.path("messages").path(1).path("role").stringValue()).isEqualTo("user");
        assertThat(body.path("messages").path(1).path("content").stringValue()).isEqualTo("""
                1\tAlice Chen: We decided to keep the beta date.
                2\tBob Martin: I'll finish the retry logic by Wednesday.
                3\t王芳: 我来更新测试计划，周五前完成。
                """);
        JsonNode format = body.path("response_format");
        assertThat(format.path("type").stringValue()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("strict").booleanValue()).isTrue();
        JsonNode schema = format.path("json_schema").path("schema");
        assertThat(schema.path("additionalProperties").booleanValue()).isFalse();
        assertThat(schema.path("required").toString()).isEqualTo("[\"actionItems\",\"decisions\",\"summary\"]");
        assertThat(schema.path("properties").path("actionItems").path("items").path("required").toString())
                .isEqualTo("[\"due\",\"duePhrase\",\"lines\",\"owner\",\"task\"]");

        assertThat(result.source()).isEqualTo(ExtractionResult.Source.LLM);
        assertThat(result.fallbackReason()).isNull();
        MinutesProposal p = result.proposal();
        assertThat(p.decisions()).containsExactly(new ProposedDecision("Keep the beta date", List.of(1)));
        assertThat(p.actionItems()).containsExactly(
                new ProposedActionItem("Finish the retry logic", new Owner("bob", "bob", Owner.Status.RESOLVED),
                        new DueDate(LocalDate.of(2026, 12, 2), "by Wednesday"), List.of(2)),
                new ProposedActionItem("更新测试计划", new Owner("王芳", "wangfang", Owner.Status.RESOLVED),
                        new DueDate(LocalDate.of(2026, 12, 4), "周五前"), List.of(3)),
                new ProposedActionItem("Call the vendor", new Owner("Dave", null, Owner.Status.UNKNOWN), null,
                        List.of(2)));
        assertThat(p.summary()).isEqualTo(new ProposedSummary("The beta date stays.", List.of("beta", "retry logic"),
                List.of(1, 2)));
    }

    @Test
    void jsonObjectModeAndNoKeySendNoSchemaAndNoAuthorization() throws Exception {
        endpoint.answer(200, completion(GOOD_MINUTES, "stop"));

        ExtractionResult result = extractor(null, ChatEndpointSettings.StructuredOutput.JSON_OBJECT,
                Duration.ofSeconds(10)).extract(transcript, context);

        assertThat(endpoint.received().headers().containsKey("Authorization")).isFalse();
        JsonNode format = JSON.readTree(endpoint.received().bodyText()).path("response_format");
        assertThat(format.toString()).isEqualTo("{\"type\":\"json_object\"}");
        assertThat(result.source()).isEqualTo(ExtractionResult.Source.LLM);
    }

    @Test
    void aTimeoutKeepsTheOfflineProposalsAndSaysSo() {
        endpoint.hang();

        ExtractionResult result = extractor(KEY, ChatEndpointSettings.StructuredOutput.JSON_SCHEMA,
                Duration.ofMillis(300)).extract(transcript, context);

        assertThat(result.source()).isEqualTo(ExtractionResult.Source.OFFLINE_FALLBACK);
        assertThat(result.fallbackReason()).isEqualTo(ExtractionResult.FallbackReason.TIMEOUT);
        assertThat(result.proposal()).isEqualTo(offline.propose(transcript, context));
        assertThat(result.proposal().actionItems()).hasSize(2);
    }

    @Test
    void anHttpErrorFallsBackWithoutRepeatingTheKeyInTheDetailOrTheLog() {
        endpoint.answer(401, """
                {"error": {"message": "Incorrect API key provided: %s.", "type": "invalid_request_error",
                 "param": null, "code": "invalid_api_key"}}""".formatted(KEY));

        ExtractionResult result = extractor().extract(transcript, context);

        assertThat(result.fallbackReason()).isEqualTo(ExtractionResult.FallbackReason.HTTP_ERROR);
        assertThat(result.fallbackDetail()).isEqualTo("HTTP 401: Incorrect API key provided: ***.");
        assertThat(logged).isNotEmpty();
        for (LogRecord record : logged) {
            assertThat(java.text.MessageFormat.format(record.getMessage(), record.getParameters()))
                    .contains("HTTP 401").doesNotContain(KEY);
        }
    }

    @Test
    void anUnreachableEndpointFallsBack() {
        var settings = new ChatEndpointSettings(endpoint.baseUrl(), "m", KEY, Duration.ofSeconds(5),
                ChatEndpointSettings.StructuredOutput.JSON_SCHEMA);
        endpoint.close();

        ExtractionResult result = new LlmMinutesExtractor(settings, offline).extract(transcript, context);

        assertThat(result.fallbackReason()).isEqualTo(ExtractionResult.FallbackReason.UNREACHABLE);
        assertThat(result.proposal()).isEqualTo(offline.propose(transcript, context));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json at all",
        "{\"decisions\": [], \"actionItems\": []}",
        "{\"decisions\": [], \"actionItems\": [], \"summary\": {\"text\": \"x\", \"topics\": [], \"lines\": []}, \"extra\": 1}",
        "{\"decisions\": [{\"text\": \"x\", \"lines\": [4]}], \"actionItems\": [], \"summary\": {\"text\": \"x\", \"topics\": [], \"lines\": []}}",
        "{\"decisions\": [{\"text\": \"x\", \"lines\": [1.5]}], \"actionItems\": [], \"summary\": {\"text\": \"x\", \"topics\": [], \"lines\": []}}",
        "{\"decisions\": [{\"text\": \"\", \"lines\": [1]}], \"actionItems\": [], \"summary\": {\"text\": \"x\", \"topics\": [], \"lines\": []}}",
        "{\"decisions\": [], \"actionItems\": [{\"task\": \"t\", \"owner\": null, \"due\": \"next Friday\", \"duePhrase\": null, \"lines\": [2]}], \"summary\": {\"text\": \"x\", \"topics\": [], \"lines\": []}}",
        "{\"decisions\": [], \"actionItems\": [{\"task\": \"t\", \"owner\": 7, \"due\": null, \"duePhrase\": null, \"lines\": [2]}], \"summary\": {\"text\": \"x\", \"topics\": [], \"lines\": []}}",
        "{\"decisions\": {}, \"actionItems\": [], \"summary\": {\"text\": \"x\", \"topics\": [], \"lines\": []}}",
        "{\"decisions\": [], \"decisions\": [], \"actionItems\": [], \"summary\": {\"text\": \"x\", \"topics\": [], \"lines\": []}}"
    })
    void anAnswerOfAnotherShapeFallsBack(String content) {
        endpoint.answer(200, completion(content, "stop"));

        ExtractionResult result = extractor().extract(transcript, context);

        assertThat(result.source()).isEqualTo(ExtractionResult.Source.OFFLINE_FALLBACK);
        assertThat(result.fallbackReason()).isEqualTo(ExtractionResult.FallbackReason.INVALID_OUTPUT);
        assertThat(result.proposal()).isEqualTo(offline.propose(transcript, context));
    }

    @Test
    void aTruncatedAnswerOrAnEnvelopeWithoutContentFallsBack() {
        endpoint.answer(200, completion(GOOD_MINUTES, "length"));
        assertThat(extractor().extract(transcript, context).fallbackDetail())
                .isEqualTo("the answer stopped early (finish_reason length)");

        endpoint.answerText(200, "<html>gateway</html>");
        assertThat(extractor().extract(transcript, context).fallbackDetail()).isEqualTo("the answer is not JSON");
    }

    @Test
    void theKeyNeverShowsInTheSettings() {
        var settings = new ChatEndpointSettings(endpoint.baseUrl(), "m", KEY, Duration.ofSeconds(1),
                ChatEndpointSettings.StructuredOutput.JSON_SCHEMA);
        assertThat(settings.toString()).doesNotContain(KEY).contains("apiKey=***");
    }
}
