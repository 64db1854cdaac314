package dev.tandem.meeting.transcript;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * An OpenAI-compatible speech-to-text endpoint (OpenAI, or a self-hosted Whisper server such as faster-whisper-server
 * or whisper.cpp's server with its OpenAI route).
 *
 * @param baseUrl  the API root including its version, e.g. {@code https://api.openai.com/v1}; requests go to
 *                 {@code {baseUrl}/audio/transcriptions}
 * @param model    e.g. {@code whisper-1}
 * @param apiKey   sent as {@code Authorization: Bearer …}; {@code null} or blank when the server needs none. Never
 *                 logged, never in {@link #toString()}
 * @param language an ISO-639-1 hint such as {@code zh} or {@code en}, or {@code null} to let the model detect it
 * @param timeout  for connecting and for the whole answer (transcribing an hour of audio takes minutes)
 */
public record TranscriptionEndpointSettings(URI baseUrl, String model, String apiKey, String language,
        Duration timeout) {

    public TranscriptionEndpointSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("the base URL must be http or https");
        }
        if (language != null && !language.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException("the language is an ISO-639-1 code such as zh or en");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive");
        }
    }

    boolean hasKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    @Override
    public String toString() {
        return "TranscriptionEndpointSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (hasKey() ? "***" : "none") + ", language=" + language + ", timeout=" + timeout + "]";
    }
}
