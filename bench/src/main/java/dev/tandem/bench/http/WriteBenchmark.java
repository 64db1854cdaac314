package dev.tandem.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Write load for a Tandem that is already running on the loopback interface: creates work items through
 * {@code POST /api/v1/projects/{key}/items}, each its own transaction (item, key counter, history, audit entry), first
 * a warm-up, then a fixed number of items with one client thread and again with several, and prints items per second
 * and the latency of a creation. This is the cost of making every commit durable (H2's {@code WRITE_DELAY=0}).
 * <p>
 * It starts nothing and talks only to 127.0.0.1 or localhost; every request has a timeout and the run a deadline.
 * Usage: {@code WriteBenchmark <base-url>}, with the admin password in {@code TANDEM_ADMIN_PASSWORD}; optional system
 * properties {@code items} (1000 per phase), {@code warmup} (300), {@code threads} (4), {@code deadlineMinutes} (10).
 */
public final class WriteBenchmark {


    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final long deadline;
    private String authorization;

    private WriteBenchmark(String base, long deadline) {
        this.base = base;
        this.deadline = deadline;
    }

    public static void main(String[] args) throws Exception {
        LoopbackTarget target = LoopbackTarget.fromArguments("WriteBenchmark", args);
        int items = Integer.getInteger("items", 1000);
        int warmup = Integer.getInteger("warmup", 300);
        int threads = Integer.getInteger("threads", 4);
        long deadline = System.nanoTime() + Duration.ofMinutes(Integer.getInteger("deadlineMinutes", 10)).toNanos();
        WriteBenchmark benchmark = new WriteBenchmark(target.baseUrl(), deadline);
        benchmark.authorization = target.bearerToken(benchmark.client);
        benchmark.send("POST", "/api/v1/projects",
                "{\"key\":\"BENCHWRITE\",\"name\":\"Benchmark: item creation\",\"startDate\":\"2027-01-04\"}");

        benchmark.create(warmup, threads);
        List<String> lines = new ArrayList<>();
        lines.add(benchmark.measure(items, 1));
        lines.add(benchmark.measure(items, threads));
        System.out.println();
        System.out.printf(Locale.ROOT, "%-40s %7s %9s %8s %8s %8s %8s%n", "POST /api/v1/projects/{key}/items", "n",
                "items/s", "p50 ms", "p95 ms", "p99 ms", "max ms");
        lines.forEach(System.out::println);
    }

    private String measure(int items, int threads) throws Exception {
        long start = System.nanoTime();
        long[] nanos = create(items, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%-40s %7d %9.1f %8.1f %8.1f %8.1f %8.1f",
                threads + (threads == 1 ? " client thread" : " client threads"), items, items / seconds,
                LoopbackTarget.percentile(nanos, 50), LoopbackTarget.percentile(nanos, 95), LoopbackTarget.percentile(nanos, 99), nanos[nanos.length - 1] / 1e6);
    }

    /** Creates {@code items} tasks with {@code threads} concurrent clients; the latency of each creation. */
    private long[] create(int items, int threads) throws Exception {
        long[] nanos = new long[items];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < items; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        send("POST", "/api/v1/projects/BENCHWRITE/items",
                                "{\"type\":\"task\",\"title\":\"Write " + i + "\",\"mostLikelyDays\":2}");
                        nanos[i] = System.nanoTime() - t0;
                        if (System.nanoTime() > deadline) {
                            throw new IllegalStateException("Deadline reached; stopping");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return nanos;
    }



    /** Sends a JSON body; anything but 201 Created stops the run. */
    private String send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
