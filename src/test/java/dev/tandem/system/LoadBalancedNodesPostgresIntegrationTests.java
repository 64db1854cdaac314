package dev.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.LiveStream;
import dev.tandem.support.ProcessApi;
import dev.tandem.support.Response;
import dev.tandem.support.TandemProcess;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two Tandem processes on one PostgreSQL database behind the load balancer of {@code deploy/load-balancer} (Debian's
 * nginx), all on loopback, as docs/scaling.md describes: a browser signs in through the balancer; a card moved
 * through one node reaches the live stream of a board open on the other within the second the product promises; and
 * when one node is killed with SIGKILL under write load, the balancer sends the writers to the other and every write
 * that was answered 2xx is there. Runs in the PostgreSQL pass of {@code ./tandem test} only (see pom.xml), like the
 * other tests of several processes on one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadBalancedNodesPostgresIntegrationTests {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    /** The product's promise for live updates (issue 14): a change reaches every open board within a second. */
    private static final Duration LIVE_UPDATE_PROMISE = Duration.ofSeconds(1);
    private static final int WRITERS = 4;
    /** Each writer's writes at most, so that the load stays bounded whatever the machine's speed. */
    private static final int WRITES_PER_WRITER = 150;
    /** Writes node A must have answered before it is killed, and items answered after, so that the test can fail. */
    private static final int WRITES_BEFORE_KILL = 5;
    private static final int ITEMS_AFTER_KILL = 5;
    /** How long the writers may take to get there at most, on a slow machine. */
    private static final Duration WRITING_LIMIT = Duration.ofSeconds(90);

    private String url;
    private String user;
    private String password;
    private String database;
    private final List<TandemProcess> nodes = new ArrayList<>();
    private Process balancer;
    private Path balancerDir;
    private String balancerUrl;
    private String adminPassword;

    @BeforeAll
    void startTwoNodesAndTheBalancer() throws Exception {
        assertThat(NGINX).as("Debian's nginx (./tandem test installs it; apt-get install nginx)").isExecutable();
        url = System.getProperty("spring.datasource.url");
        user = System.getProperty("spring.datasource.username");
        password = System.getProperty("spring.datasource.password");
        database = "tandem_lb_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(url, "create database " + database);
        adminPassword = UUID.randomUUID().toString();
        Path logs = Path.of("target", "load-balanced-nodes");
        ExecutorService starters = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> started = new ArrayList<>();
            for (String name : List.of("a", "b")) {
                Map<String, String> environment = Map.of("TANDEM_DB_URL", url.substring(0, url.lastIndexOf('/') + 1) + database,
                        "TANDEM_DB_USER", user, "TANDEM_DB_PASSWORD", password, "TANDEM_DEMO", "false",
                        "TANDEM_DATA_DIR", Files.createTempDirectory("tandem-node-" + name).toString(),
                        "TANDEM_ADMIN_PASSWORD", adminPassword);
                TandemProcess node = new TandemProcess(environment, logs.resolve(database + "-" + name + ".log"));
                nodes.add(node);
                started.add(starters.submit(node::start));
            }
            for (Future<?> start : started) {
                start.get(5, TimeUnit.MINUTES);
            }
        } finally {
            starters.shutdownNow();
        }

        balancerDir = Files.createTempDirectory("tandem-load-balancer");
        String listen = "127.0.0.1:" + freePort();
        balancerUrl = "http://" + listen;
        List<String> command = new ArrayList<>(List.of(Path.of("deploy", "load-balancer").toAbsolutePath().toString(),
                "run", "--listen", listen, "--dir", balancerDir.toString()));
        nodes.forEach(node -> command.add(node.baseUrl().substring("http://".length())));
        balancer = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(database + "-balancer.log").toFile()).start();
        awaitBalancer();
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (balancer != null) {
            balancer.destroy();
            balancer.waitFor(30, TimeUnit.SECONDS);
        }
        nodes.forEach(TandemProcess::kill);
        if (database != null) {
            execute(url, "drop database if exists " + database + " with (force)");
        }
    }

    @Test
    @Order(1)
    void aBrowserSignsInThroughTheBalancerAndItsSessionIsKnownToBothNodes() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String signInPage = browser.send(get("/signin"), BodyHandlers.ofString()).body();
        var csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(signInPage);
        assertThat(csrf.find()).as("the sign-in form through the balancer carries a CSRF token").isTrue();
        String form = "username=admin&password=" + URLEncoder.encode(adminPassword, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var signIn = browser.send(HttpRequest.newBuilder(URI.create(balancerUrl + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        String location = signIn.headers().firstValue("Location").orElseThrow();
        assertThat(location).as("the redirect after signing in stays on the balancer's address")
                .doesNotContain("error").satisfiesAnyOf(l -> assertThat(l).startsWith("/"),
                        l -> assertThat(l).startsWith(balancerUrl + "/"));

        // round robin: consecutive requests go to both nodes, and each knows the session
        for (int i = 0; i < 4; i++) {
            var home = browser.send(get("/"), BodyHandlers.ofString());
            assertThat(home.statusCode()).as("request %d after signing in", i).isEqualTo(200);
            assertThat(home.body()).contains("admin");
        }
        assertThat(upstreamsInAccessLog("GET / ")).as("the balancer sent the pages to both nodes")
                .containsExactlyInAnyOrderElementsOf(nodes.stream().map(n -> n.baseUrl().substring(7)).toList());
    }

    @Test
    @Order(2)
    void aCardMovedThroughOneNodeReachesTheBoardOpenOnTheOtherWithinASecond() throws Exception {
        TandemProcess nodeA = nodes.get(0);
        TandemProcess nodeB = nodes.get(1);
        ProcessApi admin = ProcessApi.signIn(balancerUrl, "admin", adminPassword);
        String project = newProject(admin);
        String card = admin.expect(201, "POST", "/api/v1/projects/" + project + "/items",
                Map.of("type", "task", "title", "Moved live")).text("key");
        String next = admin.expect(200, "GET", "/api/v1/projects/" + project + "/statuses", null)
                .texts("", "name").get(1);

        LiveStream onB = LiveStream.withToken(nodeB.baseUrl(), project, admin.token());
        LiveStream throughBalancer = LiveStream.withToken(balancerUrl, project, admin.token());
        try {
            assertThat(onB.awaitReady(Duration.ofSeconds(20))).as("the board's stream opened on node B").isTrue();
            assertThat(throughBalancer.awaitReady(Duration.ofSeconds(20))).as("a stream opened through the balancer")
                    .isTrue();
            long version = admin.at(nodeA.baseUrl()).expect(200, "GET", "/api/v1/items/" + card, null).number("version");
            Response moved = admin.at(nodeA.baseUrl()).expect(200, "POST", "/api/v1/items/" + card + "/move",
                    Map.of("status", next, "version", version));
            long answered = System.nanoTime();
            assertThat(moved.text("status")).isEqualTo(next);

            var arrived = onB.awaitLine("\"item\":\"" + card + "\"", Duration.ofSeconds(10));
            assertThat(arrived).as("the move reached node B's stream: %s", onB.lines()).isPresent();
            assertThat(arrived.get().line()).contains("item.updated");
            Duration latency = Duration.ofNanos(arrived.get().nanoTime() - answered);
            System.out.printf("live update from node A to node B: %d ms after node A's answer%n", latency.toMillis());
            assertThat(latency).as("from node A's answer to node B's stream").isLessThan(LIVE_UPDATE_PROMISE);

            assertThat(throughBalancer.awaitLine("\"item\":\"" + card + "\"", Duration.ofSeconds(10)))
                    .as("the balancer passes events on as they come (no buffering): %s", throughBalancer.lines())
                    .isPresent();
        } finally {
            onB.close();
            throughBalancer.close();
        }
    }

    @Test
    @Order(3)
    void whenANodeIsKilledUnderWriteLoadEveryAnsweredWriteIsThere() throws Exception {
        TandemProcess nodeA = nodes.get(0);
        TandemProcess nodeB = nodes.get(1);
        ProcessApi admin = ProcessApi.signIn(balancerUrl, "admin", adminPassword);
        String project = newProject(admin);
        String nodeAAddress = nodeA.baseUrl().substring("http://".length());
        long answeredByABefore = writesAnsweredBy(nodeAAddress);

        Queue<String[]> items = new ConcurrentLinkedQueue<>();     // key, title
        Queue<String[]> comments = new ConcurrentLinkedQueue<>();  // item key, comment id, body
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        Queue<String> answeredAfterKill = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String name = "writer " + w;
            writers.add(pool.submit(() -> {
                for (int n = 0; n < WRITES_PER_WRITER && !stop.get(); n++) {
                    String title = name + " item " + n;
                    boolean afterKill = killed.get();
                    Response created = admin.sendOrNull("POST", "/api/v1/projects/" + project + "/items",
                            Map.of("type", "task", "title", title));
                    if (created == null || created.status() != 201) {
                        continue; // not answered 2xx (the balancer answers 502 for a write in flight on the killed node)
                    }
                    String key = created.text("key");
                    items.add(new String[] {key, title});
                    if (afterKill) {
                        answeredAfterKill.add(key);
                    }
                    String body = "comment by " + name + " on " + key;
                    Response comment = admin.sendOrNull("POST", "/api/v1/items/" + key + "/comments", Map.of("body", body));
                    if (comment != null && comment.status() == 201) {
                        comments.add(new String[] {key, Long.toString(comment.number("id")), body});
                    }
                }
                return null;
            }));
        }
        try {
            waitWhileWriting(writers, () -> writesAnsweredBy(nodeAAddress) - answeredByABefore >= WRITES_BEFORE_KILL);
            nodeA.kill();
            killed.set(true);
            waitWhileWriting(writers, () -> answeredAfterKill.size() >= ITEMS_AFTER_KILL);
        } finally {
            stop.set(true);
            pool.shutdown();
        }
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).as("writers stop").isTrue();
        for (Future<?> w : writers) {
            w.get();
        }
        long answeredByA = writesAnsweredBy(nodeAAddress) - answeredByABefore;
        System.out.printf("writes through the balancer: %d items and %d comments answered, %d of them by node A before "
                + "its kill, %d items after it%n", items.size(), comments.size(), answeredByA, answeredAfterKill.size());
        assertThat(answeredByA).as("writes node A answered before it was killed").isGreaterThanOrEqualTo(WRITES_BEFORE_KILL);
        assertThat(answeredAfterKill).as("items answered after node A was killed (the balancer moved on to B)")
                .hasSizeGreaterThanOrEqualTo(ITEMS_AFTER_KILL);

        ProcessApi onB = admin.at(nodeB.baseUrl());
        List<String> lost = new ArrayList<>();
        for (String[] item : items) {
            Response r = onB.send("GET", "/api/v1/items/" + item[0], null);
            if (r.status() != 200 || !item[1].equals(r.text("title"))) {
                lost.add(item[0] + " \"" + item[1] + "\" now answers " + r.status());
            }
        }
        Map<String, Map<String, String>> expected = new HashMap<>();
        comments.forEach(c -> expected.computeIfAbsent(c[0], k -> new HashMap<>()).put(c[1], c[2]));
        expected.forEach((key, bodies) -> {
            Map<String, String> found = new HashMap<>();
            Response r = onB.send("GET", "/api/v1/items/" + key + "/comments", null);
            if (r.status() == 200) {
                r.json().forEach(c -> found.put(c.get("id").asString(), c.get("body").asString()));
            }
            bodies.forEach((id, body) -> {
                if (!body.equals(found.get(id))) {
                    lost.add("comment " + id + " on " + key);
                }
            });
        });
        assertThat(lost).as("writes answered 2xx through the balancer but missing on node B after node A's kill")
                .isEmpty();
    }

    private interface Condition {
        boolean holds() throws IOException;
    }

    /** Until the condition holds, every writer has finished its bounded writes, or {@link #WRITING_LIMIT} has passed. */
    private static void waitWhileWriting(List<Future<?>> writers, Condition condition) throws Exception {
        long deadline = System.nanoTime() + WRITING_LIMIT.toNanos();
        while (!condition.holds() && System.nanoTime() < deadline && !writers.stream().allMatch(Future::isDone)) {
            Thread.sleep(50);
        }
    }

    private String newProject(ProcessApi admin) {
        String key = "LB" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        admin.expect(201, "POST", "/api/v1/projects", Map.of("key", key, "name", "Balanced " + key,
                "startDate", "2027-01-04"));
        return key;
    }

    /** Writes (POST answered 201) that the balancer's access log says went to {@code node}, so far. */
    private long writesAnsweredBy(String node) throws IOException {
        return accessLog().stream().filter(line -> line.contains("\"POST ") && line.contains("\" 201 ")
                && line.contains("upstream=" + node + " ")).count();
    }

    /** The nodes the balancer sent the requests starting with {@code request} to, each once. */
    private List<String> upstreamsInAccessLog(String request) throws IOException {
        return accessLog().stream().filter(line -> line.contains("\"" + request))
                .map(line -> line.replaceAll(".* upstream=([^ ]+) .*", "$1")).distinct().toList();
    }

    private List<String> accessLog() throws IOException {
        Path log = balancerDir.resolve("logs/access.log");
        return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    }

    private void awaitBalancer() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            assertThat(balancer.isAlive()).as("the load balancer is running (see target/load-balanced-nodes)").isTrue();
            try {
                if (http.send(get("/actuator/health/readiness"), BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep waiting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the load balancer did not answer within 30 s");
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(balancerUrl + path)).GET().build();
    }

    private void execute(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            c.createStatement().execute(sql);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
