package dev.tandem.meeting.transcript;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a recording to an OpenAI-compatible {@code POST {baseUrl}/audio/transcriptions} as multipart/form-data with
 * {@code response_format=verbose_json} and reads the timed segments (and a {@code speaker} per segment where a
 * diarizing server adds one).
 */
public final class OpenAiTranscriptionClient implements SpeechToText, AutoCloseable {

    /** Most segments read from one answer. */
    public static final int MAX_SEGMENTS = 20_000;
    private static final int MAX_DETAIL_CHARS = 200;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TranscriptionEndpointSettings settings;
    private final HttpClient http;

    public OpenAiTranscriptionClient(TranscriptionEndpointSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Transcript transcribe(AudioInput audio) throws SpeechToTextException {
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String boundary = "----TandemBoundary" + HexFormat.of().formatHex(random);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint())
                .timeout(settings.timeout())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(multipart(boundary, audio)));
        if (settings.hasKey()) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new SpeechToTextException(SpeechToTextException.Reason.TIMEOUT,
                    "no answer from " + settings.baseUrl() + " within " + settings.timeout());
        } catch (IOException e) {
            throw new SpeechToTextException(SpeechToTextException.Reason.UNREACHABLE,
                    settings.baseUrl() + " unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechToTextException(SpeechToTextException.Reason.UNREACHABLE, "interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            throw new SpeechToTextException(SpeechToTextException.Reason.HTTP_ERROR,
                    "HTTP " + response.statusCode() + errorMessage(response.body()));
        }
        return read(response.body());
    }

    private java.net.URI endpoint() {
        String base = settings.baseUrl().toString();
        return java.net.URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                + "/audio/transcriptions");
    }

    private List<byte[]> multipart(String boundary, AudioInput audio) {
        List<byte[]> parts = new ArrayList<>();
        field(parts, boundary, "model", settings.model());
        field(parts, boundary, "response_format", "verbose_json");
        field(parts, boundary, "timestamp_granularities[]", "segment");
        if (settings.language() != null) {
            field(parts, boundary, "language", settings.language());
        }
        parts.add(ascii("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + audio.filename() + "\"\r\nContent-Type: " + audio.type().contentType() + "\r\n\r\n"));
        parts.add(audio.bytes());
        parts.add(ascii("\r\n--" + boundary + "--\r\n"));
        return parts;
    }

    private static void field(List<byte[]> parts, String boundary, String name, String value) {
        parts.add(ascii("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"));
        parts.add(value.getBytes(StandardCharsets.UTF_8));
        parts.add(ascii("\r\n"));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private String errorMessage(String body) {
        try {
            JsonNode message = JSON.readTree(body).path("error").path("message");
            if (!message.isString()) {
                return "";
            }
            String text = message.stringValue();
            if (settings.hasKey()) {
                text = text.replace(settings.apiKey(), "***");
            }
            return ": " + (text.length() > MAX_DETAIL_CHARS ? text.substring(0, MAX_DETAIL_CHARS) + "…" : text);
        } catch (JacksonException e) {
            return "";
        }
    }

    /** A verbose_json answer: {@code segments} with start, end (seconds) and text; only {@code text} if none. */
    static Transcript read(String body) throws SpeechToTextException {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw invalid("the answer is not JSON");
        }
        if (!root.isObject()) {
            throw invalid("the answer is not a JSON object");
        }
        List<TranscriptLine> lines = new ArrayList<>();
        JsonNode segments = root.path("segments");
        if (segments.isArray()) {
            if (segments.size() > MAX_SEGMENTS) {
                throw invalid("more than " + MAX_SEGMENTS + " segments");
            }
            for (JsonNode segment : segments) {
                JsonNode start = segment.path("start");
                JsonNode end = segment.path("end");
                JsonNode text = segment.path("text");
                if (!start.isNumber() || !end.isNumber() || !text.isString() || start.doubleValue() < 0
                        || end.doubleValue() < start.doubleValue()) {
                    throw invalid("segment " + (lines.size() + 1) + " lacks a start, an end after it, or a text");
                }
                if (text.stringValue().isBlank()) {
                    continue;
                }
                JsonNode speaker = segment.path("speaker");
                lines.add(new TranscriptLine(lines.size() + 1, seconds(start.doubleValue()), seconds(end.doubleValue()),
                        speaker.isString() && !speaker.stringValue().isBlank() ? speaker.stringValue().strip() : null,
                        text.stringValue().strip()));
            }
        } else if (!segments.isMissingNode()) {
            throw invalid("segments is not an array");
        } else if (root.path("text").isString()) {
            // a server that ignored verbose_json: one line, no times
            String text = root.path("text").stringValue().strip();
            if (!text.isEmpty()) {
                lines.add(new TranscriptLine(1, null, null, null, text));
            }
        } else {
            throw invalid("the answer has neither segments nor text");
        }
        return new Transcript(TranscriptFormat.SPEECH_TO_TEXT, lines);
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static SpeechToTextException invalid(String message) {
        return new SpeechToTextException(SpeechToTextException.Reason.INVALID_OUTPUT, message);
    }

    /** Closes the HTTP client and its connections. */
    @Override
    public void close() {
        http.close();
    }
}
