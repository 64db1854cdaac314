package dev.tandem.workitem.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session over real HTTP for the board's page endpoints: the session cookie, and the CSRF token and
 * header name of the last page read, sent with forms and with the page script's JSON requests alike.
 */
final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_HEADER = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private String csrfToken;
    private String csrfHeader = "X-CSRF-TOKEN";

    BrowserSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    record Page(int status, String body, String location) {
    }

    static BrowserSession signedIn(int port, String username, String password) {
        var session = new BrowserSession(port);
        session.get("/signin");
        Page signIn = session.postForm("/signin", Map.of("username", username, "password", password));
        if (signIn.status() != 302 || signIn.location().contains("/signin")) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + signIn);
        }
        session.get("/");
        return session;
    }

    Page get(String path) {
        Page page = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en").GET());
        Matcher token = CSRF.matcher(page.body());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        Matcher header = CSRF_HEADER.matcher(page.body());
        if (header.find()) {
            csrfHeader = header.group(1);
        }
        return page;
    }

    Page postForm(String path, Map<String, ?> form) {
        Map<String, Object> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrfToken);
        String body = fields.entrySet().stream().flatMap(e -> (e.getValue() instanceof List<?> values
                        ? values.stream() : java.util.stream.Stream.of(e.getValue()))
                        .map(v -> encode(e.getKey()) + "=" + encode(String.valueOf(v))))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts JSON as the board script does, with the CSRF header unless told not to. */
    Page postJson(String path, String json, boolean withCsrf) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withCsrf) {
            request.header(csrfHeader, csrfToken);
        }
        return send(request);
    }

    Page postJson(String path, String json) {
        return postJson(path, json, true);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
