package dev.tandem.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tandem's side of {@code ./tandem bench redmine}: seeds project {@code SBS} through the API with {@value #ITEMS}
 * tasks and {@value #LINKS} finish-to-start dependencies, each on an earlier task, and writes into {@code <out-dir>}
 * what the script needs for Redmine and for wrk: {@code links.txt} (the same network as "predecessor successor"
 * task numbers, one a line, which Redmine is given as "precedes" relations) and {@code tandem-token.txt} (a day's
 * bearer token for admin). Task {@code n} is {@code SBS-n}.
 * <p>
 * Usage: {@code RedmineSideBySide <base-url> <out-dir>}, with the admin password in {@code TANDEM_ADMIN_PASSWORD}.
 */
public final class RedmineSideBySide {

    static final int ITEMS = 2000;
    static final int LINKS = 2063;
    private static final String PROJECT = "SBS";
    private static final Pattern KEY = Pattern.compile("\"key\":\"(SBS-\\d+)\"");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String authorization;

    private RedmineSideBySide(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: RedmineSideBySide http://127.0.0.1:<port> <out-dir>");
            System.exit(2);
        }
        LoopbackTarget target = LoopbackTarget.fromArguments("RedmineSideBySide", new String[] {args[0]});
        Path out = Path.of(args[1]);
        RedmineSideBySide seeder = new RedmineSideBySide(target.baseUrl());
        seeder.authorization = target.bearerToken(seeder.client);
        long started = System.nanoTime();

        List<int[]> links = network(new Random(HttpBenchmark.SEED));
        seeder.send("POST", "/api/v1/projects", "{\"key\":\"" + PROJECT + "\",\"name\":\"Beside Redmine\","
                + "\"startDate\":\"2027-01-04\"}", 201);
        List<String> keys = new ArrayList<>();
        for (int n = 1; n <= ITEMS; n++) {
            Matcher key = KEY.matcher(seeder.send("POST", "/api/v1/projects/" + PROJECT + "/items",
                    "{\"type\":\"task\",\"title\":\"Task " + n + "\",\"description\":\"Benchmark task " + n
                            + "\",\"mostLikelyDays\":" + (1 + n % 10) + "}", 201));
            if (!key.find() || !key.group(1).equals(PROJECT + "-" + n)) {
                throw new IllegalStateException("Task " + n + " is not " + PROJECT + "-" + n);
            }
            keys.add(key.group(1));
        }
        StringBuilder network = new StringBuilder();
        for (int[] link : links) {
            seeder.send("POST", "/api/v1/items/" + keys.get(link[1] - 1) + "/dependencies", "{\"predecessor\":\""
                    + keys.get(link[0] - 1) + "\",\"type\":\"FS\",\"lagDays\":0}", 201);
            network.append(link[0]).append(' ').append(link[1]).append('\n');
        }
        Files.writeString(out.resolve("links.txt"), network);
        Files.writeString(out.resolve("tandem-token.txt"), seeder.authorization.substring("Bearer ".length()));
        System.out.printf(Locale.ROOT, "Tandem: %s, %d tasks and %d finish-to-start dependencies seeded in %.0f s%n",
                PROJECT, ITEMS, links.size(), (System.nanoTime() - started) / 1e9);
    }

    /**
     * Each task after the first follows one of the 30 before it; 64 more links reach 30 to 330 tasks back. Pairs
     * are distinct and always point forward, so the network has no cycle.
     */
    static List<int[]> network(Random random) {
        List<int[]> links = new ArrayList<>();
        Set<Long> pairs = new HashSet<>();
        for (int successor = 2; successor <= ITEMS; successor++) {
            int predecessor = Math.max(1, successor - 1 - random.nextInt(30));
            pairs.add((long) predecessor * ITEMS + successor);
            links.add(new int[] {predecessor, successor});
        }
        while (links.size() < LINKS) {
            int successor = 31 + random.nextInt(ITEMS - 30);
            int predecessor = successor - 30 - random.nextInt(Math.min(successor - 30, 300));
            if (pairs.add((long) predecessor * ITEMS + successor)) {
                links.add(new int[] {predecessor, successor});
            }
        }
        return links;
    }

    private String send(String method, String path, String json, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept", "application/json");
        request = json == null ? request.GET() : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
