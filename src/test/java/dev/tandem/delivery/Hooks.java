package dev.tandem.delivery;

import dev.tandem.support.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import dev.tandem.delivery.internal.Signatures;

/**
 * Posts webhook deliveries the way each provider does: the recorded payload (with the test project's key), its event
 * and delivery headers, and a signature computed here with the integration's secret.
 */
public final class Hooks {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int port;

    Hooks(int port) {
        this.port = port;
    }

    public static String recorded(String path, String projectKey) {
        try (InputStream in = Hooks.class.getResourceAsStream("/delivery/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No recorded payload " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{KEY}}", projectKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signed as the provider signs, with a fresh delivery id. */
    Response send(String provider, String payloadPath, String secret, String event, String body) {
        return send(provider, payloadPath, secret, event, UUID.randomUUID().toString(), body);
    }

    Response send(String provider, String payloadPath, String secret, String event, String deliveryId, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        switch (provider) {
            case "github" -> {
                headers.put("X-GitHub-Event", event);
                headers.put("X-GitHub-Delivery", deliveryId);
                headers.put("X-Hub-Signature-256", "sha256=" + Signatures.hmac(secret, bytes));
            }
            case "gitlab" -> {
                headers.put("X-Gitlab-Event", event);
                headers.put("X-Gitlab-Event-UUID", deliveryId);
                headers.put("X-Gitlab-Token", secret);
            }
            case "gitea" -> {
                headers.put("X-Gitea-Event", event);
                headers.put("X-Gitea-Delivery", deliveryId);
                headers.put("X-Gitea-Signature", Signatures.hmac(secret, bytes));
            }
            default -> {
                headers.put("X-Tandem-Event", event);
                headers.put("X-Tandem-Delivery", deliveryId);
                headers.put("X-Tandem-Signature", "sha256=" + Signatures.hmac(secret, bytes));
            }
        }
        return post(payloadPath, headers, bytes);
    }

    Response post(String payloadPath, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + payloadPath))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
