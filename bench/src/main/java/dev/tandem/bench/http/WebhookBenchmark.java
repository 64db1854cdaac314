package dev.tandem.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook intake under load for a Tandem already running on the loopback interface: sets up a project with a GitHub
 * integration, then posts signed {@code pull_request} deliveries (about 2 KB, each with a fresh delivery id) at a fixed
 * rate, open loop (a delivery is sent on schedule whether or not the ones before were answered), and prints the
 * latency of the answers. The answer comes once the delivery is stored; reading it happens afterwards in the
 * background, whose work competes for the same cores during the run.
 * <p>
 * Usage: {@code WebhookBenchmark <base-url>}, with the admin password in {@code TANDEM_ADMIN_PASSWORD}; optional
 * system properties {@code rate} (50 a second), {@code seconds} (30), {@code warmupSeconds} (5).
 */
public final class WebhookBenchmark {

    private static final Pattern FIELD = Pattern.compile("\"(payloadPath|secret)\":\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(16)).build();
    private final String base;

    private WebhookBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        LoopbackTarget target = LoopbackTarget.fromArguments("WebhookBenchmark", args);
        int rate = Integer.getInteger("rate", 50);
        int seconds = Integer.getInteger("seconds", 30);
        int warmup = Integer.getInteger("warmupSeconds", 5);
        WebhookBenchmark bench = new WebhookBenchmark(target.baseUrl());
        String authorization = target.bearerToken(bench.client);
        String key = "HOOK" + (System.currentTimeMillis() % 100_000);
        bench.call(authorization, "/api/v1/projects", "{\"key\":\"" + key + "\",\"name\":\"Benchmark: webhooks\","
                + "\"startDate\":\"2027-01-04\"}");
        String created = bench.call(authorization, "/api/v1/projects/" + key + "/integrations",
                "{\"name\":\"GitHub\",\"provider\":\"github\"}");
        String path = null;
        String secret = null;
        Matcher m = FIELD.matcher(created);
        while (m.find()) {
            if (m.group(1).equals("payloadPath")) {
                path = m.group(2);
            } else {
                secret = m.group(2);
            }
        }
        byte[] body = pullRequest(key).getBytes(StandardCharsets.UTF_8);
        String signature = "sha256=" + hmac(secret, body);

        bench.run(path, signature, body, rate, warmup);
        long[] nanos = bench.run(path, signature, body, rate, seconds);
        Arrays.sort(nanos);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-34s %7s %8s %8s %8s %8s%n", "POST /api/v1/hooks/{id}", "n", "p50 ms", "p95 ms",
                "p99 ms", "max ms");
        System.out.printf(Locale.ROOT, "%-34s %7d %8.1f %8.1f %8.1f %8.1f%n", rate + " deliveries/s, open loop",
                nanos.length, LoopbackTarget.percentile(nanos, 50), LoopbackTarget.percentile(nanos, 95),
                LoopbackTarget.percentile(nanos, 99), nanos[nanos.length - 1] / 1e6);
        System.exit(0);
    }

    /** Sends {@code rate × seconds} deliveries on schedule; the latency of each answer (all must be 202). */
    private long[] run(String path, String signature, byte[] body, int rate, int seconds) throws Exception {
        int n = rate * seconds;
        long[] nanos = new long[n];
        List<CompletableFuture<?>> answers = new ArrayList<>();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long period = 1_000_000_000L / rate;
        try {
            for (int i = 0; i < n; i++) {
                int index = i;
                CompletableFuture<Void> answer = new CompletableFuture<>();
                answers.add(answer);
                clock.schedule(() -> {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json").header("X-GitHub-Event", "pull_request")
                            .header("X-GitHub-Delivery", UUID.randomUUID().toString())
                            .header("X-Hub-Signature-256", signature)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                    long t0 = System.nanoTime();
                    client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                        nanos[index] = System.nanoTime() - t0;
                        if (e != null || r.statusCode() != 202) {
                            answer.completeExceptionally(new IllegalStateException("delivery " + index + ": "
                                    + (e != null ? e : r.statusCode())));
                        } else {
                            answer.complete(null);
                        }
                    });
                }, i * period, TimeUnit.NANOSECONDS);
            }
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(seconds + 60L, TimeUnit.SECONDS);
        } finally {
            clock.shutdownNow();
        }
        return nanos;
    }

    private String call(String authorization, String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(path + " → " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String pullRequest(String key) {
        return "{\"action\":\"opened\",\"number\":42,\"pull_request\":{\"url\":\"https://api.github.com/repos/acme/payments/"
                + "pulls/42\",\"id\":1,\"html_url\":\"https://github.com/acme/payments/pull/42\",\"number\":42,"
                + "\"state\":\"open\",\"locked\":false,\"title\":\"" + key + "-1 Refunds\",\"user\":{\"login\":\"liwei\","
                + "\"id\":1},\"body\":\"" + "Refund a captured payment, fully or in part. ".repeat(20) + "\","
                + "\"created_at\":\"2026-03-02T04:00:00Z\",\"updated_at\":\"2026-03-02T04:00:00Z\",\"closed_at\":null,"
                + "\"merged_at\":null,\"merge_commit_sha\":null,\"draft\":false,\"head\":{\"ref\":\"feature/" + key
                + "-1-refunds\",\"sha\":\"6dcb09b5b57875f334f61aebed695e2e4193db5e\"},\"base\":{\"ref\":\"main\"},"
                + "\"merged\":false,\"commits\":2,\"additions\":120,\"deletions\":3,\"changed_files\":2},"
                + "\"repository\":{\"id\":1296269,\"name\":\"payments\",\"full_name\":\"acme/payments\","
                + "\"default_branch\":\"main\"},\"sender\":{\"login\":\"liwei\",\"id\":1,\"type\":\"User\"}}";
    }

    private static String hmac(String secret, byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
