package dev.tandem.schedule.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed-in browser session over real HTTP, as the Gantt script uses it: the session cookie, and the CSRF
 * token and header name the page's meta tags carry, sent with every JSON post.
 */
final class GanttSession {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_HEADER = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient client;
    private String csrfToken;
    private String csrfHeader;

    GanttSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    record Reply(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    GanttSession signIn(String username, String password) {
        get("/signin");
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrfToken);
        Reply signedIn = send(HttpRequest.newBuilder(URI.create(base + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (signedIn.status() != 302) {
            throw new IllegalStateException("Signing in as " + username + " answered " + signedIn.status());
        }
        get("/");
        return this;
    }

    /** Reads a page and keeps its CSRF token, as the browser does before the script posts. */
    Reply get(String path) {
        Reply reply = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en").GET());
        Matcher token = CSRF.matcher(reply.body());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        Matcher header = CSRF_HEADER.matcher(reply.body());
        if (header.find()) {
            csrfHeader = header.group(1);
        }
        return reply;
    }

    Reply getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
    }

    Reply postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header(csrfHeader, csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
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
