package dev.tandem.meeting;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.tandem.meeting.MinutesFromTranscriptsIntegrationTests.Team;
import dev.tandem.support.Api;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Recordings against a real HTTP server on 127.0.0.1 standing in for an OpenAI-compatible provider
 * ({@code /v1/audio/transcriptions}, real multipart) and chat endpoint ({@code /v1/chat/completions}), configured
 * through the properties. Its own application context, since the providers are read at start-up.
 */
@TandemIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MinutesFromVoiceIntegrationTests {

    /** What the stand-in answers, per path; changed by the tests. */
    static final Map<String, Answer> ANSWERS = new ConcurrentHashMap<>();
    static final Map<String, byte[]> RECEIVED = new ConcurrentHashMap<>();
    static final HttpServer SERVER = start();

    record Answer(int status, String body, long delayMillis) {
        Answer(int status, String body) {
            this(status, body, 0);
        }
    }

    static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                RECEIVED.put(path, exchange.getRequestBody().readAllBytes());
                RECEIVED.put(path + "#content-type", String.valueOf(exchange.getRequestHeaders()
                        .getFirst("Content-Type")).getBytes(StandardCharsets.UTF_8));
                Answer answer = ANSWERS.getOrDefault(path, new Answer(404, "{}"));
                if (answer.delayMillis() > 0) {
                    try {
                        Thread.sleep(answer.delayMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer.status(), bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                } catch (IOException clientGone) {
                    // the client timed out and closed the connection
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        String base = "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/v1";
        registry.add("tandem.minutes.speech.base-url", () -> base);
        registry.add("tandem.minutes.speech.model", () -> "whisper-1");
        registry.add("tandem.minutes.speech.api-key", () -> "sk-test-speech");
        registry.add("tandem.minutes.speech.timeout", () -> "10s");
        registry.add("tandem.minutes.chat.base-url", () -> base);
        registry.add("tandem.minutes.chat.model", () -> "test-model");
        registry.add("tandem.minutes.chat.timeout", () -> "2s");
        registry.add("tandem.minutes.chat.api-key", () -> "sk-test-chat");
        registry.add("tandem.minutes.audio.max-size", () -> "2MB");
    }

    @AfterAll
    static void stop() {
        SERVER.stop(0);
    }

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    private static final String SEGMENTS = """
            {"task": "transcribe", "language": "english", "duration": 9.5, "text": "…",
             "segments": [
               {"id": 0, "start": 0.0, "end": 3.2, "text": " We decided to ship the beta on Monday."},
               {"id": 1, "start": 3.5, "end": 9.5, "text": " TODO: update the runbook by Friday."}]}
            """;

    @Test
    void aChatEndpointThatTimesOutLeavesTheOfflineProposalsAndThePageSaysWhy() {
        Team t = MinutesFromTranscriptsIntegrationTests.team(api);
        ANSWERS.put("/v1/chat/completions", new Answer(200, "{}", 6000));

        Response imported = api.send("POST", t.meeting() + "/transcript", "Bearer " + t.pm().token(), "text/plain",
                "PM: We decided to ship the beta on Monday.\n");
        PageSession browser = PageSession.signedIn(port, t.pm().username(), t.pm().password());
        String page = browser.get(t.meeting().replace("/api/v1", "")).body();

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.text("source")).isEqualTo("OFFLINE_FALLBACK");
        assertThat(imported.text("fallbackReason")).isEqualTo("TIMEOUT");
        assertThat(MinutesFromTranscriptsIntegrationTests.proposal(imported, "DECISION", "ship the beta")
                .get("status").asString()).isEqualTo("PENDING");
        assertThat(page).contains("id=\"extraction-fallback\"",
                "The chat model did not answer in time, so the offline proposals stand.");
    }

    @Test
    void aProviderThatIsDownFailsTheJobKeepsTheAudioAndARetryTranscribesIt(CapturedOutput output) {
        Team t = MinutesFromTranscriptsIntegrationTests.team(api);
        ANSWERS.put("/v1/audio/transcriptions", new Answer(503, "{\"error\": {\"message\": \"overloaded\"}}"));
        ANSWERS.put("/v1/chat/completions", new Answer(200, "{\"not\": \"a chat completion\"}"));
        long audit = api.auditHead();

        HttpResponse<String> uploaded = VoiceFixtures.multipart(port, t.pm().token(), t.meeting() + "/recording", "file",
                "weekly sync.wav", "audio/wav", VoiceFixtures.wav());
        JsonNode failed = settled(t);

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(202);
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("reason").asString()).contains("HTTP_ERROR", "503");
        assertThat(failed.get("sizeBytes").asLong()).isEqualTo(VoiceFixtures.wav().length);
        assertThat(new String(RECEIVED.get("/v1/audio/transcriptions#content-type"), StandardCharsets.UTF_8))
                .startsWith("multipart/form-data; boundary=");
        assertThat(new String(RECEIVED.get("/v1/audio/transcriptions"), StandardCharsets.ISO_8859_1))
                .contains("name=\"model\"", "whisper-1", "name=\"file\"", "RIFF");
        assertThat(api.get(t.pm().token(), t.meeting() + "/transcript").json().get("lines")).isEmpty();

        ANSWERS.put("/v1/audio/transcriptions", new Answer(200, SEGMENTS));
        Response retried = api.post(t.pm().token(), t.meeting() + "/recording/retry", null);
        JsonNode done = settled(t);
        Response view = api.get(t.pm().token(), t.meeting() + "/transcript");
        Response again = api.post(t.pm().token(), t.meeting() + "/recording/retry", null);

        assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("attempts").asInt()).isEqualTo(2);
        assertThat(view.text("format")).isEqualTo("SPEECH_TO_TEXT");
        assertThat(view.json().get("lines").findValuesAsString("text"))
                .containsExactly("We decided to ship the beta on Monday.", "TODO: update the runbook by Friday.");
        assertThat(view.json().get("lines").get(1).get("start").asLong()).isEqualTo(3500);
        // the chat endpoint answered nonsense: the offline proposals stand, and the view says why
        assertThat(view.text("source")).isEqualTo("OFFLINE_FALLBACK");
        assertThat(view.text("fallbackReason")).isEqualTo("INVALID_OUTPUT");
        JsonNode decision = MinutesFromTranscriptsIntegrationTests.proposal(view, "DECISION", "ship the beta");
        assertThat(decision.get("status").asString()).isEqualTo("PENDING");
        JsonNode todo = MinutesFromTranscriptsIntegrationTests.proposal(view, "ACTION", "runbook");
        assertThat(todo.get("due").asString()).isEqualTo("2027-01-08");
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.get(t.pm().token(), t.meeting()).json().get("decisions")).isEmpty();
        assertThat(api.auditActionsAfter(audit)).containsSubsequence("meeting.recording-uploaded",
                "meeting.transcription-retried", "meeting.recording-transcribed");
        assertThat(output.getAll()).contains("Transcribing the recording of meeting")
                .doesNotContain("sk-test-speech", "sk-test-chat");
    }

    @Test
    void aChatEndpointThatAnswersIsUsedForTheProposals() {
        Team t = MinutesFromTranscriptsIntegrationTests.team(api);
        ANSWERS.put("/v1/chat/completions", new Answer(200, chat("""
                {"decisions": [{"text": "Ship the beta on Monday", "lines": [1]}],
                 "actionItems": [{"task": "Update the runbook", "owner": null, "due": "2027-01-08", "duePhrase": "by Friday", "lines": [2]}],
                 "summary": {"text": "The beta ships on Monday.", "topics": ["beta"], "lines": [1, 2]}}
                """)));

        Response imported = api.send("POST", t.meeting() + "/transcript", "Bearer " + t.pm().token(), "text/plain",
                "PM: We will ship the beta on Monday.\nPM: Someone should update the runbook.\n");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.text("source")).as(imported.toString()).isEqualTo("LLM");
        assertThat(MinutesFromTranscriptsIntegrationTests.proposal(imported, "DECISION", "Ship the beta on Monday")
                .get("lines").toString()).isEqualTo("[1]");
    }

    @Test
    void audioOverTheLimitOrNotAudioIsRefusedAndNothingIsStored() {
        Team t = MinutesFromTranscriptsIntegrationTests.team(api);
        long audit = api.auditHead();
        // over the recording limit (2 MB here) but under the upload limit, so the meeting module refuses it
        byte[] big = new byte[2_500_000];
        System.arraycopy(VoiceFixtures.wav(), 0, big, 0, 44);

        HttpResponse<String> tooBig = VoiceFixtures.multipart(port, t.pm().token(), t.meeting() + "/recording", "file",
                "long.wav", "audio/wav", big);
        HttpResponse<String> notAudio = VoiceFixtures.multipart(port, t.pm().token(), t.meeting() + "/recording", "file",
                "notes.wav", "audio/wav", "PM: this is text".getBytes(StandardCharsets.UTF_8));
        Response notBase64 = api.post(t.pm().token(), t.meeting() + "/recording", fields("name", "a.wav", "content", "%%%"));

        assertThat(tooBig.statusCode()).as(tooBig.body()).isEqualTo(400);
        assertThat(tooBig.body()).contains("audio");
        assertThat(notAudio.statusCode()).isEqualTo(400);
        assertThat(notAudio.body()).contains("WAV");
        assertThat(notBase64.status()).isEqualTo(400);
        assertThat(api.get(t.pm().token(), t.meeting() + "/transcript").json().get("recording").isNull()).isTrue();
        assertThat(api.auditActionsAfter(audit)).isEmpty();
    }

    @Test
    void aRecordingLargerThanAnApiRequestIsAcceptedUpToItsOwnLimit() {
        Team t = MinutesFromTranscriptsIntegrationTests.team(api);
        ANSWERS.put("/v1/audio/transcriptions", new Answer(200, SEGMENTS));
        byte[] audio = VoiceFixtures.wav(750_000);

        HttpResponse<String> uploaded = VoiceFixtures.multipart(port, t.pm().token(), t.meeting() + "/recording", "file",
                "long.wav", "audio/wav", audio);
        JsonNode done = settled(t);

        assertThat(audio.length).isGreaterThan(1024 * 1024);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(202);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("sizeBytes").asLong()).isEqualTo(audio.length);
        assertThat(RECEIVED.get("/v1/audio/transcriptions").length).isGreaterThan(audio.length);
    }

    /** The recording once its job has finished, done or failed (waits at most a minute). */
    private JsonNode settled(Team t) {
        Instant until = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(until)) {
            JsonNode recording = api.get(t.pm().token(), t.meeting() + "/transcript").json().get("recording");
            String status = recording.get("status").asString();
            if (status.equals("DONE") || status.equals("FAILED")) {
                return recording;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the transcription job did not finish within a minute");
    }

    private static String chat(String content) {
        String escaped = content.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return """
                {"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "test-model",
                 "choices": [{"index": 0, "message": {"role": "assistant", "content": "%s", "refusal": null},
                              "finish_reason": "stop"}]}
                """.formatted(escaped);
    }
}
