package dev.tandem.meeting.transcript;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client against a local server speaking the OpenAI Audio API ({@code POST /v1/audio/transcriptions},
 * multipart/form-data, answering {@code verbose_json}), as self-hosted Whisper servers also do.
 */
class OpenAiTranscriptionClientTests {

    private static final String KEY = "sk-audio-91b3e0c4";
    private LocalEndpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        endpoint = new LocalEndpoint();
    }

    @AfterEach
    void stop() {
        endpoint.close();
    }

    static byte[] wav() {
        byte[] bytes = new byte[300];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        System.arraycopy("WAVEfmt ".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 8);
        for (int i = 16; i < bytes.length; i++) {
            bytes[i] = (byte) i; // every byte value from 0x10 up, CR and LF included, must arrive unchanged
        }
        bytes[100] = '\r';
        bytes[101] = '\n';
        return bytes;
    }

    private OpenAiTranscriptionClient client(String key, String language, Duration timeout) {
        return new OpenAiTranscriptionClient(new TranscriptionEndpointSettings(endpoint.baseUrl(), "whisper-1", key,
                language, timeout));
    }

    record Part(Map<String, String> headers, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /** Splits a multipart/form-data body as a server would, keyed by the part's name. */
    static Map<String, Part> parts(String contentType, byte[] body) {
        Matcher b = Pattern.compile("boundary=(\\S+)").matcher(contentType);
        assertThat(b.find()).as("boundary in " + contentType).isTrue();
        String delimiter = "--" + b.group(1);
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith(delimiter + "\r\n").endsWith(delimiter + "--\r\n");
        Map<String, Part> parts = new LinkedHashMap<>();
        String[] chunks = raw.substring(0, raw.length() - (delimiter + "--\r\n").length()).split(Pattern.quote(delimiter));
        for (String chunk : chunks) {
            if (chunk.isEmpty()) {
                continue;
            }
            assertThat(chunk).startsWith("\r\n").endsWith("\r\n");
            String inner = chunk.substring(2, chunk.length() - 2);
            int split = inner.indexOf("\r\n\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (String h : inner.substring(0, split).split("\r\n")) {
                headers.put(h.substring(0, h.indexOf(':')).toLowerCase(), h.substring(h.indexOf(':') + 1).strip());
            }
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(headers.get("content-disposition"));
            assertThat(name.find()).isTrue();
            parts.put(name.group(1), new Part(headers, inner.substring(split + 4).getBytes(StandardCharsets.ISO_8859_1)));
        }
        return parts;
    }

    private static final String VERBOSE_JSON = """
            {"task": "transcribe", "language": "chinese", "duration": 9.52,
             "text": "我们决定下周三上线。 Bob will update the runbook by Friday.",
             "segments": [
               {"id": 0, "seek": 0, "start": 0.0, "end": 3.24, "text": " 我们决定下周三上线。",
                "tokens": [50364, 2664, 50526], "temperature": 0.0, "avg_logprob": -0.28,
                "compression_ratio": 1.1, "no_speech_prob": 0.01},
               {"id": 1, "seek": 0, "start": 3.24, "end": 3.5, "text": " ", "tokens": [], "temperature": 0.0,
                "avg_logprob": -1.0, "compression_ratio": 1.0, "no_speech_prob": 0.9},
               {"id": 2, "seek": 0, "start": 3.5, "end": 9.52, "text": " Bob will update the runbook by Friday.",
                "tokens": [50539, 3595, 50839], "temperature": 0.0, "avg_logprob": -0.21,
                "compression_ratio": 1.2, "no_speech_prob": 0.02, "speaker": "SPEAKER_01"}]}
            """;

    @Test
    void uploadsTheRecordingAsMultipartAndReadsTimedSegments() throws Exception {
        endpoint.answer(200, VERBOSE_JSON);
        byte[] audio = wav();

        Transcript transcript = client(KEY, "zh", Duration.ofSeconds(10))
                .transcribe(AudioInput.of(audio, "周会 录音.wav", AudioInput.DEFAULT_MAX_BYTES));

        LocalEndpoint.Received request = endpoint.received();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/audio/transcriptions");
        assertThat(request.headers().getFirst("Authorization")).isEqualTo("Bearer " + KEY);
        String contentType = request.headers().getFirst("Content-Type");
        assertThat(contentType).startsWith("multipart/form-data; boundary=");
        Map<String, Part> parts = parts(contentType, request.body());
        assertThat(parts.keySet())
                .containsExactly("model", "response_format", "timestamp_granularities[]", "language", "file");
        assertThat(parts.get("model").text()).isEqualTo("whisper-1");
        assertThat(parts.get("response_format").text()).isEqualTo("verbose_json");
        assertThat(parts.get("timestamp_granularities[]").text()).isEqualTo("segment");
        assertThat(parts.get("language").text()).isEqualTo("zh");
        Part file = parts.get("file");
        assertThat(file.headers().get("content-disposition"))
                .isEqualTo("form-data; name=\"file\"; filename=\"recording.wav\"");
        assertThat(file.headers().get("content-type")).isEqualTo("audio/wav");
        assertThat(file.content()).isEqualTo(audio);

        assertThat(transcript.format()).isEqualTo(TranscriptFormat.SPEECH_TO_TEXT);
        assertThat(transcript.lines()).containsExactly(
                new TranscriptLine(1, Duration.ZERO, Duration.ofMillis(3240), null, "我们决定下周三上线。"),
                new TranscriptLine(2, Duration.ofMillis(3500), Duration.ofMillis(9520), "SPEAKER_01",
                        "Bob will update the runbook by Friday."));
    }

    @Test
    void withoutKeyOrLanguageNeitherIsSent() throws Exception {
        endpoint.answer(200, VERBOSE_JSON);

        client(null, null, Duration.ofSeconds(10)).transcribe(AudioInput.of(wav(), "a.wav", 1000));

        assertThat(endpoint.received().headers().containsKey("Authorization")).isFalse();
        assertThat(parts(endpoint.received().headers().getFirst("Content-Type"), endpoint.received().body()))
                .doesNotContainKey("language");
    }

    @Test
    void aServerThatIgnoresVerboseJsonGivesOneLine() throws Exception {
        endpoint.answer(200, "{\"text\": \"We decided to ship.\"}");

        Transcript transcript = client(null, null, Duration.ofSeconds(10)).transcribe(AudioInput.of(wav(), "a", 1000));

        assertThat(transcript.lines()).containsExactly(new TranscriptLine(1, null, null, null, "We decided to ship."));
    }

    @Test
    void aProviderDownOrSlowOrBrokenIsAReasonNotACrash() {
        AudioInput audio = AudioInput.of(wav(), "a.wav", 1000);

        endpoint.answer(503, "{\"error\": {\"message\": \"model overloaded, key " + KEY + "\", \"type\": \"server_error\"}}");
        assertThatThrownBy(() -> client(KEY, null, Duration.ofSeconds(10)).transcribe(audio))
                .isInstanceOf(SpeechToTextException.class)
                .hasMessage("HTTP 503: model overloaded, key ***")
                .extracting(e -> ((SpeechToTextException) e).reason())
                .isEqualTo(SpeechToTextException.Reason.HTTP_ERROR);

        endpoint.answer(200, "{\"segments\": [{\"start\": 2.0, \"end\": 1.0, \"text\": \"x\"}]}");
        assertThatThrownBy(() -> client(KEY, null, Duration.ofSeconds(10)).transcribe(audio))
                .hasMessage("segment 1 lacks a start, an end after it, or a text")
                .extracting(e -> ((SpeechToTextException) e).reason())
                .isEqualTo(SpeechToTextException.Reason.INVALID_OUTPUT);

        endpoint.answerText(200, "Internal error");
        assertThatThrownBy(() -> client(KEY, null, Duration.ofSeconds(10)).transcribe(audio))
                .hasMessage("the answer is not JSON");

        endpoint.hang();
        assertThatThrownBy(() -> client(KEY, null, Duration.ofMillis(300)).transcribe(audio))
                .extracting(e -> ((SpeechToTextException) e).reason())
                .isEqualTo(SpeechToTextException.Reason.TIMEOUT);
    }

    @Test
    void anUnreachableServerIsReported() {
        var client = client(KEY, null, Duration.ofSeconds(5));
        endpoint.close();

        assertThatThrownBy(() -> client.transcribe(AudioInput.of(wav(), "a.wav", 1000)))
                .extracting(e -> ((SpeechToTextException) e).reason())
                .isEqualTo(SpeechToTextException.Reason.UNREACHABLE);
    }

    @Test
    void theKeyNeverShowsInTheSettings() {
        var settings = new TranscriptionEndpointSettings(endpoint.baseUrl(), "whisper-1", KEY, null,
                Duration.ofSeconds(1));
        assertThat(settings.toString()).doesNotContain(KEY).contains("apiKey=***");
    }
}
