package dev.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bearer-token client of the JSON API of a Tandem running in another process ({@link TandemProcess}), or of the
 * load balancer in front of several: the address is all it knows.
 */
public record ProcessApi(HttpClient http, String baseUrl, String authorization) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Issues a token for the person with Basic authentication, and uses it from then on. */
    public static ProcessApi signIn(String baseUrl, String username, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        ProcessApi anonymous = new ProcessApi(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build(), baseUrl, basic);
        Response token = anonymous.expect(201, "POST", "/api/v1/me/tokens", Map.of("name", "process", "expiresInDays", 1));
        return anonymous.withToken(token.text("token"));
    }

    /** The same token against another address (another node, or the load balancer). */
    public ProcessApi at(String otherBaseUrl) {
        return new ProcessApi(http, otherBaseUrl, authorization);
    }

    /** The bearer token this client sends. */
    public String token() {
        return authorization.substring("Bearer ".length());
    }

    private ProcessApi withToken(String token) {
        return new ProcessApi(http, baseUrl, "Bearer " + token);
    }

    public Response expect(int status, String method, String path, Object body) {
        Response r = send(method, path, body);
        assertThat(r.status()).as("%s %s%s: %s", method, baseUrl, path, r).isEqualTo(status);
        return r;
    }

    public Response send(String method, String path, Object body) {
        Response r = sendOrNull(method, path, body);
        assertThat(r).as("%s %s%s: no answer", method, baseUrl, path).isNotNull();
        return r;
    }

    /** The answer, or null when the server is gone (connection refused or reset). */
    public Response sendOrNull(String method, String path, Object body) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept", "application/json")
                .method(method, body == null ? BodyPublishers.noBody()
                        : BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            var response = http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
            String text = response.body();
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    text, json(text));
        } catch (IOException serverGone) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return text.isBlank() ? null : JSON.readTree(text);
        } catch (JacksonException notJson) {
            return null;
        }
    }
}
