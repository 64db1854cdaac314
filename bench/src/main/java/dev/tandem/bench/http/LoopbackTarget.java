package dev.tandem.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Tandem a harness measures: given on the command line, on loopback only, with its admin password. */
record LoopbackTarget(String baseUrl, String adminPassword) {

    /** Reads the address from {@code args} and the password from TANDEM_ADMIN_PASSWORD; exits 2 on a wrong call. */
    static LoopbackTarget fromArguments(String harness, String[] args) {
        if (args.length != 1) {
            System.err.println("Usage: " + harness + " http://127.0.0.1:<port>   (admin password in TANDEM_ADMIN_PASSWORD)");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        if (!"http".equals(uri.getScheme())
                || !("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()))) {
            throw new IllegalArgumentException("This harness only talks to a Tandem on http://127.0.0.1, not " + uri);
        }
        String password = System.getenv("TANDEM_ADMIN_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("Set TANDEM_ADMIN_PASSWORD to the admin password of that Tandem");
        }
        return new LoopbackTarget(args[0].replaceAll("/+$", ""), password);
    }

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    /** A day's bearer token for admin, issued with the password, as the {@code Authorization} header's value. */
    String bearerToken(HttpClient client) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/me/tokens"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + basic)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"expiresInDays\":1}")).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(response.body());
        if (response.statusCode() != 201 || !token.find()) {
            throw new IllegalStateException("No token issued: " + response.statusCode() + " " + response.body());
        }
        return "Bearer " + token.group(1);
    }

    /** Nearest rank of nanosecond latencies sorted ascending, in milliseconds. */
    static double percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
