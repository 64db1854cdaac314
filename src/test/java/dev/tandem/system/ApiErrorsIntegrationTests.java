package dev.tandem.system;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.DbState;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error under {@code /api} is an {@code application/problem+json} with short, user-facing text: also the
 * ones that never reach a controller (unknown addresses, wrong methods, addresses Tomcat or the firewall refuses,
 * oversized bodies), while pages keep their HTML error page.
 */
@TandemIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiErrorsIntegrationTests {

    private static final int MEGABYTE = 1_000_000;

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    Person pm;
    String project;
    String item;

    @BeforeAll
    void organisation() {
        var organisation = api.projectWithItem();
        pm = organisation.pm();
        project = organisation.project();
        item = organisation.item();
    }

    @Test
    void aMethodTheAddressDoesNotAcceptIsAProblemThatListsTheAllowedOnes() {
        HttpResponse<String> r = call("PUT", "/api/v1/projects", "Bearer " + pm.token(), "application/json");

        assertProblem(r, 405);
        assertThat(r.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET", "POST"));
    }

    @Test
    void anUnknownAddressIsANotFoundProblemWhateverTheClientAccepts() {
        assertProblem(call("GET", "/api/v1/nope", "Bearer " + pm.token(), "application/json"), 404);
        assertProblem(call("GET", "/api/v1/nope", "Bearer " + pm.token(), "text/html"), 404);
        assertProblem(call("DELETE", "/api/v1/projects/" + project + "/nope", "Bearer " + pm.token(), "*/*"), 404);
    }

    @Test
    void addressesRefusedBeforeTheApplicationAreBadRequestProblems() {
        for (String path : List.of("/api/v1/items/%00", "/api/v1/items/a%2Fb", "/api/v1/items/a%5Cb",
                "/api/v1/items/a;b", "/api/v1/items/%25")) {
            assertProblem(call("GET", path, "Bearer " + pm.token(), "text/html"), 400);
        }

        RawResponse unreadable = raw("GET /api/v1/items/{x} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null);
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.head()).containsIgnoringCase("Content-Type: application/problem+json");
    }

    @Test
    void signInRequiredNamesTheSchemesToUse() {
        HttpResponse<String> api = call("GET", "/api/v1/projects", null, "application/json");
        assertProblem(api, 401);
        assertThat(api.headers().allValues("WWW-Authenticate")).anySatisfy(c -> assertThat(c).startsWith("Bearer "));

        HttpResponse<String> tokens = call("POST", "/api/v1/me/tokens", null, "application/json");
        assertProblem(tokens, 401);
        assertThat(tokens.headers().allValues("WWW-Authenticate")).anySatisfy(c -> assertThat(c).startsWith("Basic "));

        HttpResponse<String> wrongToken = call("GET", "/api/v1/projects", "Bearer not-a-token", "application/json");
        assertProblem(wrongToken, 401);
        assertThat(wrongToken.headers().allValues("WWW-Authenticate"))
                .anySatisfy(c -> assertThat(c).startsWith("Bearer ").contains("error=\"invalid_token\""));
    }

    @Test
    void aLongValueIsNeverEchoedAndNoProblemNamesCode() {
        String big = "x".repeat(MEGABYTE);
        List<Supplier<Response>> calls = List.of(
                () -> api.post(pm.token(), items(), Map.of("type", "task", "title", big)),
                () -> api.post(pm.token(), items(), Map.of("type", "task", "title", "x", "plannedStart", big)),
                () -> api.post(pm.token(), items(), Map.of("type", "task", "title", "x", "y".repeat(60_000), 1)),
                () -> api.patch(pm.token(), "/api/v1/items/" + item, Map.of("status", big, "version", 0)),
                () -> api.patch(pm.token(), "/api/v1/items/" + item, Map.of("assignee", big, "version", 0)),
                () -> api.patch(pm.token(), "/api/v1/items/" + item, Map.of("mostLikelyDays", big, "version", 0)),
                () -> api.post(pm.token(), items(), List.of(1)),
                () -> api.post(pm.token(), items(), Map.of("type", "task", "title", Map.of("a", 1))),
                () -> api.post(pm.token(), items(), "{\"type\":\"task\",\"title\":x" + "y".repeat(5000) + "}"),
                () -> api.get(pm.token(), items() + "?size=" + "9".repeat(4000)),
                () -> api.get(pm.token(), "/api/v1/items/" + project + "-" + "9".repeat(4000)));

        for (Supplier<Response> call : calls) {
            Response r = api.unchanged(project, call);
            assertThat(r.status()).as(r.toString().substring(0, Math.min(300, r.toString().length())))
                    .isBetween(400, 413);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.body().length()).as(r.body().substring(0, Math.min(300, r.body().length()))).isLessThan(1000);
            assertThat(r.body()).doesNotContain("dev.tandem", "$", "java.", "tools.jackson", "Exception",
                    "x".repeat(60), "9".repeat(60));
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        int size = 30 * 1024 * 1024;
        DbState before = api.state(project);

        RawResponse declared = raw("POST " + items() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + pm.token()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + size + "\r\n\r\n", body(size, false));
        RawResponse chunked = raw("POST " + items() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + pm.token()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", body(size, true));

        for (RawResponse r : List.of(declared, chunked)) {
            assertThat(r.status()).as(r.head()).isEqualTo(413);
            assertThat(r.head()).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(r.body()).contains("\"status\":413").doesNotContain("dev.tandem");
        }
        assertThat(api.state(project)).isEqualTo(before);
        assertThat(api.post(pm.token(), items(), fields("type", "task", "title", "x".repeat(255),
                "description", "d".repeat(20_000))).status()).isEqualTo(201);
    }

    @Test
    void pagesKeepTheirHtmlErrorPage() {
        var browser = new PageSession(port);
        browser.signIn(pm.username(), pm.password());

        var missing = browser.get("/projects/" + project + "/no-such-page", "Accept", "text/html");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).startsWith("<!DOCTYPE html>");
    }

    private HttpResponse<String> call(String method, String path, String authorization, String accept) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", accept).method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).as(r.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(r.body()).contains("\"status\":" + status, "\"title\":", "\"detail\":")
                .doesNotContain("dev.tandem", "Exception", "<html");
    }

    private String items() {
        return "/api/v1/projects/" + project + "/items";
    }

    /** A JSON object of about {@code size} bytes, optionally framed as HTTP chunks of 64 KiB. */
    private static byte[] body(int size, boolean chunked) {
        byte[] json = new byte[size];
        Arrays.fill(json, (byte) 'x');
        byte[] start = "{\"type\":\"task\",\"title\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, json, 0, start.length);
        json[size - 2] = '"';
        json[size - 1] = '}';
        if (!chunked) {
            return json;
        }
        var framed = new ByteArrayOutputStream(size + size / 1000 + 16);
        for (int offset = 0; offset < size; offset += 65536) {
            int length = Math.min(65536, size - offset);
            framed.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            framed.write(json, offset, length);
            framed.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        framed.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return framed.toByteArray();
    }

    record RawResponse(int status, String head, String body) {
    }

    /**
     * Sends a request over a plain socket, for requests {@link HttpClient} refuses to send. The body is written
     * from another thread, so a server that answers before reading it all is heard.
     */
    private RawResponse raw(String head, byte[] body) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread writer = null;
            if (body != null) {
                writer = Thread.ofVirtual().start(() -> {
                    try {
                        out.write(body);
                        out.flush();
                    } catch (IOException closedByTheServer) {
                        // expected once the server has answered and closed the connection
                    }
                });
            }
            String response = readResponse(socket.getInputStream());
            socket.close();
            if (writer != null) {
                writer.join(Duration.ofSeconds(30));
            }
            int split = response.indexOf("\r\n\r\n");
            String responseHead = split < 0 ? response : response.substring(0, split);
            String responseBody = split < 0 ? "" : response.substring(split + 4);
            return new RawResponse(Integer.parseInt(responseHead.substring(9, 12)), responseHead, responseBody);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads one response: its head, then a body of Content-Length bytes or chunks, or until the server closes. */
    private static String readResponse(InputStream in) throws IOException {
        var bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            bytes.write(b);
            String text = bytes.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                continue;
            }
            String head = text.substring(0, end).toLowerCase();
            int length = head.indexOf("content-length:");
            if (length >= 0) {
                int value = Integer.parseInt(head.substring(length + 15).lines().findFirst().orElseThrow().strip());
                bytes.write(in.readNBytes(value));
                return bytes.toString(StandardCharsets.UTF_8);
            }
            if (head.contains("transfer-encoding: chunked")) {
                return text + readChunks(in);
            }
            bytes.write(in.readAllBytes());
            return bytes.toString(StandardCharsets.UTF_8);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String readChunks(InputStream in) throws IOException {
        var body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            int size = Integer.parseInt(sizeLine.strip(), 16);
            if (size == 0) {
                return body.toString(StandardCharsets.UTF_8);
            }
            body.write(in.readNBytes(size));
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
