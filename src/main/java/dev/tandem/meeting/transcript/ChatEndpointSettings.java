package dev.tandem.meeting.transcript;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * An OpenAI-compatible chat endpoint.
 *
 * @param baseUrl          the API root including its version, e.g. {@code https://api.openai.com/v1} or
 *                         {@code http://localhost:11434/v1}; requests go to {@code {baseUrl}/chat/completions}
 * @param model            the model name the endpoint expects
 * @param apiKey           sent as {@code Authorization: Bearer …}; {@code null} or blank for endpoints without keys.
 *                         Never logged, never in {@link #toString()} nor in a fallback's detail
 * @param timeout          for connecting and for the whole answer
 * @param structuredOutput how the JSON answer is asked for
 */
public record ChatEndpointSettings(URI baseUrl, String model, String apiKey, Duration timeout,
        StructuredOutput structuredOutput) {

    public enum StructuredOutput {
        /** {@code response_format: {type: json_schema, strict: true}}: OpenAI, vLLM, recent llama.cpp and Ollama. */
        JSON_SCHEMA,
        /** {@code response_format: {type: json_object}} for endpoints without schemas; the shape is still checked. */
        JSON_OBJECT
    }

    public ChatEndpointSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(structuredOutput, "structuredOutput");
        String scheme = baseUrl.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("the base URL must be http or https");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive");
        }
    }

    boolean hasKey() {
        return apiKey != null && !apiKey.isBlank();
    }

    /** Removes the key from a text that may echo it (an error body, an exception message). */
    String redact(String text) {
        return text == null || !hasKey() ? text : text.replace(apiKey, "***");
    }

    URI endpoint(String path) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    @Override
    public String toString() {
        return "ChatEndpointSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (hasKey() ? "***" : "none") + ", timeout=" + timeout + ", structuredOutput=" + structuredOutput + "]";
    }
}
