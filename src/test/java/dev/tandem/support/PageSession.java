package dev.tandem.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
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
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One person's browser session over real HTTP: it keeps the session cookie and sends the CSRF token of the
 * last page it read with every form, and in the header the page names with every JSON post, as a browser and
 * the page scripts do. Redirects are not followed, so tests see them.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_HEADER = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient client;
    private final InetAddress clientAddress;
    private String csrfToken;
    private String csrfHeader = "X-CSRF-TOKEN";

    public PageSession(int port) {
        this(port, null);
    }

    /** A browser whose requests come from {@code clientAddress} (a loopback address), or the usual one for null. */
    public PageSession(int port, InetAddress clientAddress) {
        this.base = "http://" + (clientAddress == null ? "localhost" : "127.0.0.1") + ":" + port;
        var builder = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER);
        if (clientAddress != null) {
            builder.localAddress(clientAddress);
        }
        this.client = builder.build();
        this.clientAddress = clientAddress;
    }

    /** A session signed in as {@code username}; fails at once if signing in does not work. */
    public static PageSession signedIn(int port, String username, String password) {
        var session = new PageSession(port);
        Page signIn = session.signIn(username, password);
        if (signIn.status() != 302 || signIn.location().contains("/signin")) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + signIn);
        }
        return session;
    }

    public record Page(int status, String body, String location) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Page get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        Page page = send(request);
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

    /** Reads JSON as a page script does. */
    public Page getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
    }

    /**
     * Posts a form the way the page's own form would, with the CSRF token of the last page read; a list value
     * is sent as the field repeated, as for several inputs of one name.
     */
    public Page post(String path, Map<String, ?> form, String... headers) {
        if (csrfToken == null) {
            get("/signin");
        }
        Map<String, Object> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrfToken);
        String body = fields.entrySet().stream()
                .flatMap(e -> (e.getValue() instanceof List<?> values ? values.stream() : Stream.of(e.getValue()))
                        .map(value -> encode(e.getKey()) + "=" + encode(String.valueOf(value))))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /**
     * Posts a form with one file as a browser posts {@code enctype="multipart/form-data"}, with the CSRF token of the
     * last page read among the fields.
     */
    public Page postFile(String path, Map<String, ?> form, String fileField, String fileName, String content) {
        if (csrfToken == null) {
            get("/signin");
        }
        String boundary = "----tandem-" + Long.toHexString(System.nanoTime());
        Map<String, Object> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrfToken);
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n")
                .append("--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /** Signs in and reads the first page, since signing in replaces the session and its CSRF token. */
    public Page signIn(String username, String password) {
        get("/signin");
        Page signedIn = post("/signin", Map.of("username", username, "password", password));
        if (signedIn.status() == 302 && !signedIn.location().contains("/signin")) {
            get("/");
        }
        return signedIn;
    }

    /** Posts JSON as a page script does, with the CSRF header of the last page read. */
    public Page postJson(String path, String json) {
        return postJson(path, json, true);
    }

    /** Posts JSON as a page script does, with or without the CSRF header of the last page read. */
    public Page postJson(String path, String json, boolean withCsrf) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withCsrf) {
            request.header(csrfHeader, csrfToken);
        }
        return send(request);
    }

    public InetAddress clientAddress() {
        return clientAddress;
    }

    public String base() {
        return base;
    }

    /** Opens a live event stream with this session's cookies, as the board page's EventSource does. */
    public LiveStream stream(String path) {
        return LiveStream.withSession(client, base + path);
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
