package dev.tandem.bench.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The figures of issue 14 on a project of 2,000 items, each beside its target: one item and a list of 100 items as
 * JSON (p50), an item PATCH (p95), the board page (time to the first byte of the response, and its size on the wire)
 * and the Gantt page's data (p95 and size on the wire), one request at a time; the board page also under 8
 * connections. Pages are requested as a signed-in browser would, with the session cookie and
 * {@code Accept-Encoding: gzip}; sizes are the bytes received, before decompression.
 */
final class PageTargets {

    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpClient browser;
    private final String base;
    private final String authorization;
    private final long deadline;

    PageTargets(String base, String authorization, String password, long deadline) throws IOException, InterruptedException {
        this.base = base;
        this.authorization = authorization;
        this.deadline = deadline;
        this.browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        signIn(password);
    }

    /** One timed request: when the status line and headers arrived, when the body ended, and its size. */
    private record Timing(long firstByteNanos, long totalNanos, int wireBytes, int bodyBytes) {
    }

    /** The table, target beside measured, one line a figure. */
    List<String> measure(String project, List<String> tasks, int warmup, int requests)
            throws IOException, InterruptedException {
        List<String> rows = new ArrayList<>() {
            @Override
            public boolean add(String row) {
                // printed as soon as measured, so that a run stopped by its deadline still shows what it measured
                System.out.println(row);
                System.out.flush();
                return super.add(row);
            }
        };
        Random random = new Random(20270105L);

        List<Timing> one = new ArrayList<>();
        for (int i = 0; i < warmup + requests; i++) {
            Timing t = api("GET", "/api/v1/items/" + tasks.get(random.nextInt(tasks.size())), null);
            if (i >= warmup) {
                one.add(t);
            }
        }
        rows.add(row("GET /api/v1/items/{key} (JSON)", "p50 ≤ 2 ms", "p50", percentile(total(one), 50), one));

        List<Timing> list = new ArrayList<>();
        for (int i = 0; i < warmup + requests; i++) {
            Timing t = api("GET", "/api/v1/projects/" + project + "/items?size=100&page=" + (i % 20), null);
            if (i >= warmup) {
                list.add(t);
            }
        }
        rows.add(row("GET /api/v1/projects/{key}/items?size=100", "p50 ≤ 4 ms", "p50", percentile(total(list), 50), list));

        List<Timing> patch = new ArrayList<>();
        List<String> patched = tasks.subList(0, Math.min(50, tasks.size()));
        long[] versions = new long[patched.size()];
        for (int k = 0; k < patched.size(); k++) {
            versions[k] = version(sendApi("GET", "/api/v1/items/" + patched.get(k), null));
        }
        for (int i = 0; i < warmup + requests; i++) {
            int k = i % patched.size();
            long t0 = System.nanoTime();
            String body = sendApi("PATCH", "/api/v1/items/" + patched.get(k),
                    "{\"title\":\"Task edited " + i + "\",\"version\":" + versions[k] + "}");
            long nanos = System.nanoTime() - t0;
            versions[k] = version(body);
            if (i >= warmup) {
                patch.add(new Timing(nanos, nanos, body.length(), body.length()));
            }
            checkDeadline();
        }
        rows.add(row("PATCH /api/v1/items/{key} (title)", "p95 ≤ 8 ms", "p95", percentile(total(patch), 95), patch));

        List<Timing> board = new ArrayList<>();
        for (int i = 0; i < warmup + requests; i++) {
            Timing t = page("/projects/" + project + "/board", "text/html");
            if (i >= warmup) {
                board.add(t);
            }
        }
        rows.add(row("GET /projects/{key}/board, first byte", "p50 ≤ 150 ms", "p50",
                percentile(board.stream().mapToLong(Timing::firstByteNanos).toArray(), 50), board));
        rows.add(row("GET /projects/{key}/board, whole page", "-", "p50", percentile(total(board), 50), board));
        rows.add(size("GET /projects/{key}/board, on the wire", "≤ 150 KB gzip", board.getLast()));

        List<Timing> gantt = new ArrayList<>();
        for (int i = 0; i < warmup + requests; i++) {
            Timing t = page("/projects/" + project + "/gantt/data", "application/json");
            if (i >= warmup) {
                gantt.add(t);
            }
        }
        rows.add(row("GET /projects/{key}/gantt/data", "p95 ≤ 50 ms", "p95", percentile(total(gantt), 95), gantt));
        rows.add(size("GET /projects/{key}/gantt/data, on the wire", "≤ 100 KB gzip", gantt.getLast()));

        rows.add(concurrentBoard(project, 8, Math.max(2, requests / 10)));
        return rows;
    }

    /** {@code connections} clients asking for the board page {@code each} times, all at once: requests a second. */
    private String concurrentBoard(String project, int connections, int each) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<long[]>> results = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            results.add(pool.submit(() -> {
                long[] nanos = new long[each];
                for (int i = 0; i < each; i++) {
                    nanos[i] = page("/projects/" + project + "/board", "text/html").totalNanos();
                }
                return nanos;
            }));
        }
        List<Long> all = new ArrayList<>();
        try {
            for (Future<long[]> result : results) {
                for (long n : result.get()) {
                    all.add(n);
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Board under load failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "%-44s %-16s %9s %10s   n=%d, p50 %.1f ms, p95 %.1f ms",
                "GET /projects/{key}/board, " + connections + " connections", "-", "req/s",
                String.format(Locale.ROOT, "%.1f", sorted.length / seconds), sorted.length,
                LoopbackTarget.percentile(sorted, 50), LoopbackTarget.percentile(sorted, 95));
    }

    private static String row(String what, String target, String stat, double measured, List<Timing> timings) {
        long[] sorted = total(timings);
        return String.format(Locale.ROOT, "%-44s %-16s %9s %10.1f   n=%d, p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                what, target, stat + " ms", measured, sorted.length, LoopbackTarget.percentile(sorted, 50),
                LoopbackTarget.percentile(sorted, 95), sorted[sorted.length - 1] / 1e6);
    }

    private static String size(String what, String target, Timing last) {
        return String.format(Locale.ROOT, "%-44s %-16s %9s %10.1f   %.1f KiB uncompressed", what, target, "KiB",
                last.wireBytes() / 1024.0, last.bodyBytes() / 1024.0);
    }

    private static long[] total(List<Timing> timings) {
        return timings.stream().mapToLong(Timing::totalNanos).sorted().toArray();
    }

    private static double percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return LoopbackTarget.percentile(sorted, percent);
    }

    private Timing api(String method, String path, String json) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        String body = sendApi(method, path, json);
        long nanos = System.nanoTime() - t0;
        checkDeadline();
        return new Timing(nanos, nanos, body.length(), body.length());
    }

    private String sendApi(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept", "application/json");
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = api.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** A page or page data as the browser asks for it: gzip accepted, the bytes counted as they arrive. */
    private Timing page(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", accept).header("Accept-Encoding", "gzip").GET().build();
        long t0 = System.nanoTime();
        HttpResponse<InputStream> response = browser.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long firstByte = System.nanoTime() - t0;
        byte[] wire;
        try (InputStream in = response.body()) {
            wire = in.readAllBytes();
        }
        long total = System.nanoTime() - t0;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " → " + response.statusCode());
        }
        int bodyBytes = wire.length;
        if (response.headers().firstValue("Content-Encoding").orElse("").contains("gzip")) {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(wire))) {
                in.transferTo(plain);
            }
            bodyBytes = plain.size();
        }
        checkDeadline();
        return new Timing(firstByte, total, wire.length, bodyBytes);
    }

    /** Signs in as admin with the form, as a browser does, keeping the session cookie. */
    private void signIn(String password) throws IOException, InterruptedException {
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String body = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/signin"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
            throw new IllegalStateException("Sign-in failed: " + signedIn.statusCode() + " → " + location);
        }
    }

    private static long version(String body) {
        Matcher version = VERSION.matcher(body);
        if (!version.find()) {
            throw new IllegalStateException("No version in " + body);
        }
        return Long.parseLong(version.group(1));
    }

    private void checkDeadline() {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Deadline reached; stopping");
        }
    }
}
