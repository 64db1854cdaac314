package dev.tandem.bench.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load harness for a Tandem that is already running on the loopback interface: seeds two projects through the API,
 * then times {@code GET /api/v1/projects/{key}/schedule} (2,000 items with a hierarchy and dependencies), a
 * 10,000-iteration {@code POST /api/v1/projects/{key}/forecast} of the same project (a fifth as many requests) and
 * {@code GET /api/v1/projects/{key}/board} (1,000 cards), then baselines the Gantt project, records 500 estimate
 * changes and times {@code GET /api/v1/projects/{key}/slip} (a tenth as many requests), one request at a time, and
 * prints p50/p95/p99. Before those, {@link PageTargets} measures the figures of issue 14 on the Gantt project (item
 * JSON, a list of 100, PATCH, the board page and the Gantt page's data) and prints them beside their targets.
 * <p>
 * It starts nothing and talks only to 127.0.0.1 or localhost; every request has a timeout and the whole run a deadline,
 * so it always stops by itself. Latency is measured at the client, from sending the request to having read the whole
 * body, so it includes the loopback round trip; the server's own mean from its Micrometer timer is printed next to it.
 * <p>
 * Usage: {@code HttpBenchmark <base-url>}, with the admin password in the environment variable
 * {@code TANDEM_ADMIN_PASSWORD}; optional system properties {@code warmup} (50), {@code requests} (200),
 * {@code deadlineMinutes} (20), {@code pagesOnly} (false: true seeds only the Gantt project and stops after the issue 14 table), {@code reuse}
 * (false: true seeds nothing and measures the Gantt project an earlier run left in the same database).
 */
public final class HttpBenchmark {

    static final int GANTT_ITEMS = 2000;
    static final int BOARD_CARDS = 1000;
    static final long SEED = 20270104L;
    /** Estimate changes recorded on the Gantt project after its baseline, for the slip attribution. */
    static final int CHANGES_AFTER_BASELINE = 500;
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern KEY = Pattern.compile("\"key\":\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final long deadline;
    private String authorization;
    private final List<String> ganttTasks = new ArrayList<>();

    private HttpBenchmark(String base, long deadline) {
        this.base = base;
        this.deadline = deadline;
    }

    public static void main(String[] args) throws Exception {
        LoopbackTarget target = LoopbackTarget.fromArguments("HttpBenchmark", args);
        int warmup = Integer.getInteger("warmup", 50);
        int requests = Integer.getInteger("requests", 200);
        long deadline = System.nanoTime() + Duration.ofMinutes(Integer.getInteger("deadlineMinutes", 20)).toNanos();
        HttpBenchmark benchmark = new HttpBenchmark(target.baseUrl(), deadline);
        benchmark.authorization = target.bearerToken(benchmark.client);

        boolean pagesOnly = Boolean.getBoolean("pagesOnly");
        long seedStart = System.nanoTime();
        String gantt;
        if (Boolean.getBoolean("reuse")) {
            gantt = benchmark.findGanttProject();
        } else {
            gantt = benchmark.seedGanttProject();
        }
        String board = pagesOnly ? null : benchmark.seedBoardProject();
        System.out.printf(Locale.ROOT, "Seeded %s (%d items) and %s (%d cards) in %.0f s%n", gantt, GANTT_ITEMS, board,
                BOARD_CARDS, (System.nanoTime() - seedStart) / 1e9);

        List<String> targets = new PageTargets(target.baseUrl(), benchmark.authorization, target.adminPassword(),
                deadline).measure(gantt, benchmark.ganttTasks, warmup, requests);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-44s %-16s %9s %10s%n", "issue 14, " + gantt + " (2,000 items)", "target",
                "measured", "");
        targets.forEach(System.out::println);
        if (pagesOnly) {
            return;
        }

        List<String> lines = new ArrayList<>();
        lines.add(benchmark.measure("GET /api/v1/projects/{key}/schedule", "/api/v1/projects/" + gantt + "/schedule",
                "\"durationSource\"", GANTT_ITEMS, warmup, requests));
        lines.add(benchmark.measure("POST /api/v1/projects/{key}/forecast", "POST",
                "/api/v1/projects/" + gantt + "/forecast", "{\"iterations\":10000}", "\"criticality\"", -1,
                Math.max(1, warmup / 5), Math.max(1, requests / 5)));
        lines.add(benchmark.measure("GET /api/v1/projects/{key}/board", "/api/v1/projects/" + board + "/board",
                "\"rank\"", BOARD_CARDS, warmup, requests));
        long changesStart = System.nanoTime();
        benchmark.changeAfterBaseline(gantt, target.adminPassword());
        System.out.printf(Locale.ROOT, "Baselined %s and recorded %d estimate changes in %.0f s%n", gantt,
                CHANGES_AFTER_BASELINE, (System.nanoTime() - changesStart) / 1e9);
        lines.add(benchmark.measure("GET /api/v1/projects/{key}/slip", "/api/v1/projects/" + gantt + "/slip",
                "\"slipDays\"", 1, Math.max(1, warmup / 10), Math.max(1, requests / 10)));
        System.out.println();
        System.out.printf(Locale.ROOT, "%-38s %8s %8s %8s %8s %8s %8s %10s %9s%n", "request (sequential, loopback)", "n",
                "p50 ms", "p95 ms", "p99 ms", "max ms", "mean ms", "server ms", "body KiB");
        lines.forEach(System.out::println);
    }


    /**
     * 20 epics, each with 4 features of 23 tasks and 3 milestones: 2,000 items, 1,900 of them scheduled leaves.
     * Durations come from day estimates, hour estimates, story points or planned dates; some items are done or in
     * progress, some blocked, some milestones have due dates. About 1.4 dependencies per leaf, all four types, some
     * with lags, each leaf depending on earlier ones only.
     */
    private String seedGanttProject() throws IOException, InterruptedException {
        String project = createProject("BENCHGANTT", "Benchmark: Gantt with 2,000 items");
        Random random = new Random(SEED);
        LocalDate start = LocalDate.of(2027, 1, 4);
        List<String> leaves = new ArrayList<>();
        int created = 0;
        for (int e = 1; e <= 20; e++) {
            String epic = createItem(project, "{\"type\":\"epic\",\"title\":\"Epic " + e + "\"}");
            created++;
            for (int f = 1; f <= 4; f++) {
                String feature = createItem(project, "{\"type\":\"feature\",\"title\":\"Feature " + e + "." + f
                        + "\",\"parent\":\"" + epic + "\"}");
                created++;
                for (int t = 1; t <= 23; t++) {
                    String task = createItem(project, task(random, "Task " + e + "." + f + "." + t, feature, start));
                    leaves.add(task);
                    ganttTasks.add(task);
                    created++;
                }
            }
            for (int m = 1; m <= 3; m++) {
                String due = m == 3 && random.nextBoolean()
                        ? ",\"dueDate\":\"" + start.plusWeeks(10L * e + random.nextInt(20)) + "\"" : "";
                leaves.add(createItem(project, "{\"type\":\"milestone\",\"title\":\"Milestone " + e + "." + m
                        + "\",\"parent\":\"" + epic + "\"" + due + "}"));
                created++;
            }
            checkDeadline();
        }
        if (created != GANTT_ITEMS) {
            throw new IllegalStateException("Created " + created + " items, expected " + GANTT_ITEMS);
        }
        int links = 0;
        for (int j = 1; j < leaves.size(); j++) {
            links += link(random, leaves.get(j), leaves.get(Math.max(0, j - 1 - random.nextInt(30))));
            if (j > 30 && random.nextInt(10) < 4) {
                links += link(random, leaves.get(j), leaves.get(j - 30 - random.nextInt(Math.min(j - 30, 300) + 1)));
            }
            if (j % 100 == 0) {
                checkDeadline();
            }
        }
        System.out.printf("%s: %d items, %d dependencies%n", project, created, links);
        return project;
    }

    /** With {@code reuse}: the Gantt project a run before seeded in the same database, and its tasks. */
    private String findGanttProject() throws IOException, InterruptedException {
        for (int page = 0; page < 20; page++) {
            String body = send("GET", "/api/v1/projects/BENCHGANTT/items?type=task&size=100&page=" + page, null,
                    authorization, 200);
            Matcher key = Pattern.compile("\"key\":\"(BENCHGANTT-\\d+)\"").matcher(body);
            int found = 0;
            while (key.find()) {
                ganttTasks.add(key.group(1));
                found++;
            }
            if (found == 0) {
                break;
            }
        }
        System.out.printf("BENCHGANTT reused: %d tasks%n", ganttTasks.size());
        return "BENCHGANTT";
    }

    /**
     * The first baseline (after an EM's and an architect's feasibility sign-off), then {@link #CHANGES_AFTER_BASELINE}
     * estimate changes to random tasks, each a read of the item's version and a PATCH, as people make them.
     */
    private void changeAfterBaseline(String project, String password) throws IOException, InterruptedException {
        for (String role : List.of("EM", "ARCHITECT")) {
            String username = "bench" + role.toLowerCase(Locale.ROOT);
            send("POST", "/api/v1/people", "{\"username\":\"" + username + "\",\"displayName\":\"Bench " + role
                    + "\",\"email\":\"" + username + "@example.com\",\"password\":\"" + password + "\"}",
                    authorization, 201);
            send("POST", "/api/v1/projects/" + project + "/members", "{\"username\":\"" + username + "\",\"role\":\""
                    + role + "\"}", authorization, 201);
            String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            Matcher token = TOKEN.matcher(send("POST", "/api/v1/me/tokens",
                    "{\"name\":\"bench\",\"expiresInDays\":1}", basic, 201));
            if (!token.find()) {
                throw new IllegalStateException("No token for " + username);
            }
            send("POST", "/api/v1/projects/" + project + "/feasibility-signoffs", "{\"comment\":\"Feasible\"}",
                    "Bearer " + token.group(1), 201);
        }
        send("POST", "/api/v1/projects/" + project + "/baselines", "{\"name\":\"Benchmark baseline\"}", authorization, 201);
        Random random = new Random(SEED + 2);
        for (int c = 0; c < CHANGES_AFTER_BASELINE; c++) {
            String item = ganttTasks.get(random.nextInt(ganttTasks.size()));
            Matcher version = VERSION.matcher(send("GET", "/api/v1/items/" + item, null, authorization, 200));
            if (!version.find()) {
                throw new IllegalStateException("No version of " + item);
            }
            send("PATCH", "/api/v1/items/" + item, "{\"mostLikelyDays\":" + (1 + random.nextInt(12)) + ",\"version\":"
                    + version.group(1) + "}", authorization, 200);
            if (c % 50 == 0) {
                checkDeadline();
            }
        }
    }

    private static String task(Random random, String title, String parent, LocalDate projectStart) {
        StringBuilder json = new StringBuilder("{\"type\":\"task\",\"title\":\"").append(title)
                .append("\",\"parent\":\"").append(parent).append('"');
        int estimate = random.nextInt(100);
        if (estimate < 55) {
            json.append(",\"mostLikelyDays\":").append(1 + random.nextInt(10));
        } else if (estimate < 75) {
            json.append(",\"estimateHours\":").append(8 * (1 + random.nextInt(8))).append(",\"assignee\":\"admin\"");
        } else if (estimate < 90) {
            json.append(",\"storyPoints\":").append(1 + random.nextInt(8));
        } else {
            LocalDate planned = projectStart.plusDays(random.nextInt(400));
            json.append(",\"plannedStart\":\"").append(planned).append("\",\"plannedFinish\":\"")
                    .append(planned.plusDays(1 + random.nextInt(14))).append('"');
        }
        int status = random.nextInt(100);
        json.append(",\"status\":\"").append(status < 20 ? "Done" : status < 35 ? "In progress" : "To do").append('"');
        if (random.nextInt(40) == 0) {
            json.append(",\"blocked\":true,\"blockedReason\":\"Waiting for a review\"");
        }
        return json.append('}').toString();
    }

    private int link(Random random, String successor, String predecessor) throws IOException, InterruptedException {
        int kind = random.nextInt(100);
        String type = kind < 70 ? "FS" : kind < 85 ? "SS" : kind < 95 ? "FF" : "SF";
        int lag = random.nextInt(5) == 0 ? random.nextInt(8) - 2 : 0;
        // The same pair can come up twice; the second is refused with 409 and not counted.
        HttpResponse<String> response = exchange("POST", "/api/v1/items/" + successor + "/dependencies",
                "{\"predecessor\":\"" + predecessor + "\",\"type\":\"" + type + "\",\"lagDays\":" + lag + "}",
                authorization, 201, 409);
        return response.statusCode() == 201 ? 1 : 0;
    }

    /** 20 epics and 980 stories, tasks and bugs spread over the columns, some assigned, labelled, blocked. */
    private String seedBoardProject() throws IOException, InterruptedException {
        String project = createProject("BENCHBOARD", "Benchmark: board with 1,000 cards");
        Random random = new Random(SEED + 1);
        String[] columns = {"Backlog", "To do", "In progress", "In review", "Done"};
        String[] types = {"story", "story", "task", "task", "bug"};
        String[] labels = {"backend", "frontend", "infra", "docs", "ux"};
        List<String> epics = new ArrayList<>();
        for (int e = 1; e <= 20; e++) {
            epics.add(createItem(project, "{\"type\":\"epic\",\"title\":\"Epic " + e + "\"}"));
        }
        for (int c = 1; c <= BOARD_CARDS - epics.size(); c++) {
            StringBuilder json = new StringBuilder("{\"type\":\"").append(types[random.nextInt(types.length)])
                    .append("\",\"title\":\"Card ").append(c).append("\",\"parent\":\"")
                    .append(epics.get(random.nextInt(epics.size()))).append("\",\"status\":\"")
                    .append(columns[random.nextInt(columns.length)]).append("\",\"storyPoints\":")
                    .append(1 + random.nextInt(8));
            if (random.nextBoolean()) {
                json.append(",\"assignee\":\"admin\",\"estimateHours\":").append(4 * (1 + random.nextInt(10)));
            }
            if (random.nextInt(3) == 0) {
                json.append(",\"labels\":[\"").append(labels[random.nextInt(labels.length)]).append("\"]");
            }
            if (random.nextInt(20) == 0) {
                json.append(",\"blocked\":true,\"blockedReason\":\"Waiting for another team\"");
            }
            createItem(project, json.append('}').toString());
            if (c % 100 == 0) {
                checkDeadline();
            }
        }
        return project;
    }

    private String createProject(String key, String name) throws IOException, InterruptedException {
        send("POST", "/api/v1/projects", "{\"key\":\"" + key + "\",\"name\":\"" + name + "\",\"startDate\":\"2027-01-04\"}",
                authorization, 201);
        return key;
    }

    private String createItem(String project, String json) throws IOException, InterruptedException {
        String body = send("POST", "/api/v1/projects/" + project + "/items", json, authorization, 201);
        Matcher key = KEY.matcher(body);
        if (!key.find()) {
            throw new IllegalStateException("No key in " + body);
        }
        return key.group(1);
    }

    private String measure(String label, String path, String marker, int expectedCount, int warmup, int requests)
            throws IOException, InterruptedException {
        return measure(label, "GET", path, null, marker, expectedCount, warmup, requests);
    }

    /** {@code json} is the request body (null for a GET); {@code expectedCount} -1 asks only for at least one marker. */
    private String measure(String label, String method, String path, String json, String marker, int expectedCount,
                           int warmup, int requests) throws IOException, InterruptedException {
        for (int i = 0; i < warmup; i++) {
            send(method, path, json, authorization, 200);
            checkDeadline();
        }
        double[] serverBefore = serverTimer(path, method);
        long[] nanos = new long[requests];
        int bodyBytes = 0;
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            String body = send(method, path, json, authorization, 200);
            nanos[i] = System.nanoTime() - t0;
            bodyBytes = body.getBytes(StandardCharsets.UTF_8).length;
            int found = count(body, marker);
            if (i == 0 && (expectedCount < 0 ? found == 0 : found != expectedCount)) {
                throw new IllegalStateException(path + " returned " + count(body, marker) + " entries, expected "
                        + expectedCount);
            }
            checkDeadline();
        }
        double[] serverAfter = serverTimer(path, method);
        double serverCount = serverAfter[0] - serverBefore[0];
        double serverMeanMs = serverCount > 0 ? (serverAfter[1] - serverBefore[1]) / serverCount * 1000 : Double.NaN;
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        return String.format(Locale.ROOT, "%-38s %8d %8.1f %8.1f %8.1f %8.1f %8.1f %10.1f %9.0f", label, requests,
                LoopbackTarget.percentile(nanos, 50), LoopbackTarget.percentile(nanos, 95), LoopbackTarget.percentile(nanos, 99), nanos[nanos.length - 1] / 1e6, mean,
                serverMeanMs, bodyBytes / 1024.0);
    }


    /** Count and total seconds of the server's {@code http.server.requests} timer for this endpoint. */
    private double[] serverTimer(String path, String method) throws IOException, InterruptedException {
        String uri = path.replaceFirst("/projects/[^/]+/", "/projects/{key}/");
        String metrics = send("GET", "/actuator/prometheus", null, authorization, 200);
        double[] timer = new double[2];
        for (String line : metrics.split("\n")) {
            if (line.contains("uri=\"" + uri + "\"") && line.contains("status=\"200\"") && line.contains("method=\"" + method + "\"")) {
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                if (line.startsWith("http_server_requests_seconds_count{")) {
                    timer[0] = value;
                } else if (line.startsWith("http_server_requests_seconds_sum{")) {
                    timer[1] = value;
                }
            }
        }
        return timer;
    }

    private static int count(String text, String marker) {
        int count = 0;
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length())) {
            count++;
        }
        return count;
    }

    private String send(String method, String path, String json, String auth, int... expectedStatus)
            throws IOException, InterruptedException {
        return exchange(method, path, json, auth, expectedStatus).body();
    }

    private HttpResponse<String> exchange(String method, String path, String json, String auth, int... expectedStatus)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", auth).header("Accept", path.startsWith("/actuator") ? "text/plain" : "application/json");
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (int expected : expectedStatus) {
            if (response.statusCode() == expected) {
                return response;
            }
        }
        throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + ": " + response.body());
    }

    private void checkDeadline() {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Deadline reached; stopping");
        }
    }
}
