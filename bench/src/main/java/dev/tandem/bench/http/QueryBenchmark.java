package dev.tandem.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Item-query latency at 100,000 items on PostgreSQL, for a Tandem already running on the loopback interface with
 * {@code TANDEM_DB_URL} pointing at a throwaway database: opens a project and 20 members through the API, writes the
 * items straight into the database in one statement (the API would take an hour for that many), then runs
 * {@code GET /api/v1/items?q=…&size=25} with queries of three conditions and an ORDER BY, one client, and prints the
 * latency percentiles per query and overall. Each answer is the full HTTP round trip: compile, one page of items and
 * their count, and the JSON.
 * <p>
 * Usage: {@code QueryBenchmark <base-url>}, with the admin password in {@code TANDEM_ADMIN_PASSWORD} and the database
 * in {@code TANDEM_DB_URL}, {@code TANDEM_DB_USER}, {@code TANDEM_DB_PASSWORD}; optional system properties
 * {@code items} (100000), {@code queries} (200 per query), {@code warmup} (30 per query).
 */
public final class QueryBenchmark {

    private static final int PEOPLE = 20;
    private static final String[] TYPES = {"EPIC", "FEATURE", "STORY", "TASK", "BUG"};
    private static final String[] PRIORITIES = {"LOWEST", "LOW", "MEDIUM", "HIGH", "HIGHEST"};
    private static final String[] WORDS = {"payment", "refund", "ledger", "invoice", "gateway", "支付", "退款", "对账",
            "网关", "发票"};

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String authorization;

    private QueryBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        LoopbackTarget target = LoopbackTarget.fromArguments("QueryBenchmark", args);
        int items = Integer.getInteger("items", 100_000);
        int queries = Integer.getInteger("queries", 200);
        int warmup = Integer.getInteger("warmup", 30);
        QueryBenchmark benchmark = new QueryBenchmark(target.baseUrl());
        benchmark.authorization = target.bearerToken(benchmark.client);

        String key = "QB";
        benchmark.send("POST", "/api/v1/projects", "{\"key\":\"" + key + "\",\"name\":\"Query benchmark\","
                + "\"startDate\":\"2027-01-04\"}", 201);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String username = "qb" + i;
            benchmark.send("POST", "/api/v1/people", "{\"username\":\"" + username + "\",\"displayName\":\"Person " + i
                    + "\",\"email\":\"" + username + "@example.com\"}", 201);
            benchmark.send("POST", "/api/v1/projects/" + key + "/members", "{\"username\":\"" + username
                    + "\",\"role\":\"ENGINEER\"}", 201);
            people.add(username);
        }
        long started = System.nanoTime();
        seed(key, items);
        System.out.printf(Locale.ROOT, "seeded %,d items in %.1f s%n", items, (System.nanoTime() - started) / 1e9);

        List<String> shapes = List.of(
                "status = \"In progress\" AND assignee = %s AND priority >= high ORDER BY updated DESC",
                "type = bug AND due < 2027-04-01 AND label = payments ORDER BY priority DESC, due",
                "updated >= -3d AND assignee is not empty AND blocked = false ORDER BY due ASC",
                "text ~ 退款 AND type in (story, task) AND estimate > 20 ORDER BY created DESC");
        System.out.printf(Locale.ROOT, "%-95s %8s %8s %8s %8s%n", "query (25 a page)", "matches", "p50 ms", "p95 ms", "p99 ms");
        List<Long> all = new ArrayList<>();
        for (String shape : shapes) {
            for (int i = 0; i < warmup; i++) {
                benchmark.find(String.format(shape, people.get(i % PEOPLE)));
            }
            long[] times = new long[queries];
            long matches = 0;
            for (int i = 0; i < queries; i++) {
                String q = String.format(shape, people.get(i % PEOPLE));
                long t = System.nanoTime();
                String body = benchmark.find(q);
                times[i] = System.nanoTime() - t;
                all.add(times[i]);
                matches = total(body);
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "%-95s %8d %8.1f %8.1f %8.1f%n", String.format(shape, "qbN"), matches,
                    LoopbackTarget.percentile(times, 50), LoopbackTarget.percentile(times, 95),
                    LoopbackTarget.percentile(times, 99));
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "all %d queries: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", sorted.length,
                LoopbackTarget.percentile(sorted, 50), LoopbackTarget.percentile(sorted, 95),
                LoopbackTarget.percentile(sorted, 99));
    }

    /** The items of project {@code key}, spread over types, statuses, priorities, people, dates and labels. */
    private static void seed(String key, int items) throws SQLException {
        String url = System.getenv("TANDEM_DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql://127.0.0.1")) {
            throw new IllegalArgumentException("Set TANDEM_DB_URL to the throwaway PostgreSQL on 127.0.0.1, not " + url);
        }
        try (Connection db = DriverManager.getConnection(url, System.getenv("TANDEM_DB_USER"),
                System.getenv("TANDEM_DB_PASSWORD"))) {
            long project = single(db, "select id from project where project_key = '" + key + "'").getFirst();
            List<Long> statuses = single(db, "select id from workflow_status where project_id = " + project
                    + " order by position");
            List<Long> people = single(db, "select id from person where username like 'qb%' order by username");
            // ids read from the database just above, numbers only
            String sql = "insert into work_item (project_id, item_number, item_key, item_rank, type, title, status_id, "
                    + "blocked, priority, assignee_id, reporter_id, story_points, estimate_hours, due_date, version, "
                    + "created_at, updated_at) "
                    + "select " + project + ", n, '" + key + "-' || n, lpad(n::text, 10, '0'), "
                    + "(" + array(Arrays.asList(TYPES)) + ")[1 + n % 5], "
                    + "'Item ' || n || ' ' || (" + array(Arrays.asList(WORDS)) + ")[1 + (n * 7) % 10], "
                    + "(array" + statuses + ")[1 + (n / 5) % " + statuses.size() + "], n % 40 = 0, "
                    + "(" + array(Arrays.asList(PRIORITIES)) + ")[1 + (n / 25) % 5], "
                    + "case when n % 10 = 0 then null else (array" + people + ")[1 + (n / 125) % " + people.size() + "] end, "
                    + people.getFirst() + ", n % 13, n % 41, date '2027-01-01' + (n % 365), 0, "
                    + "now() - (n % 500) * interval '1 day', now() - (n % 2000) * interval '1 hour' "
                    + "from generate_series(1, ?) n";
            try (PreparedStatement insert = db.prepareStatement(sql)) {
                insert.setInt(1, items);
                insert.executeUpdate();
            }
            try (Statement s = db.createStatement()) {
                s.executeUpdate("insert into work_item_label (work_item_id, label) select id, "
                        + "case when item_number % 3 = 0 then 'payments' else 'backend' end from work_item "
                        + "where project_id = " + project + " and item_number % 7 < 2");
                s.execute("analyze");
            }
        }
    }

    private static List<Long> single(Connection db, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    private static String array(List<String> words) {
        StringJoiner joined = new StringJoiner("', '", "array['", "']");
        words.forEach(joined::add);
        return joined.toString();
    }

    private String find(String query) throws IOException, InterruptedException {
        return send("GET", "/api/v1/items?size=25&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null, 200);
    }

    private static long total(String body) {
        int at = body.indexOf("\"total\":");
        int end = at + 8;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return Long.parseLong(body.substring(at + 8, end));
    }

    private String send(String method, String path, String json, int expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept", "application/json");
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
