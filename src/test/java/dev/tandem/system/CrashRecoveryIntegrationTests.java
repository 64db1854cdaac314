package dev.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.support.Api;
import dev.tandem.support.ProcessApi;
import dev.tandem.support.Response;
import dev.tandem.support.TandemProcess;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A write the API answered with 2xx survives {@code kill -9} of the server: writers create items and comments, the
 * process is killed while they write, and after a restart on the same data every answered write is there with its key
 * and content, in a verifying audit chain, and no key is handed out twice. On the H2 pass the process uses the
 * embedded database in a data directory of its own; on the PostgreSQL pass, the test PostgreSQL.
 */
class CrashRecoveryIntegrationTests {

    private static final int ROUNDS = 3;
    private static final int WRITERS = 4;
    private static final Duration WRITING = Duration.ofMillis(2500);
    /** On a busy machine the first writes after a start may take longer than WRITING: wait for one, this long at most. */
    private static final Duration FIRST_WRITE_LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    private TandemProcess tandem;
    private ProcessApi admin;

    private final Queue<CreatedItem> items = new ConcurrentLinkedQueue<>();
    private final Queue<AddedComment> comments = new ConcurrentLinkedQueue<>();

    @AfterEach
    void stopTandem() {
        if (tandem != null) {
            tandem.kill();
        }
    }

    @Test
    void everyAnsweredWriteSurvivesKillDashNine() throws Exception {
        // The PostgreSQL pass shares its database with the other integration tests: admin may exist with their password.
        String adminPassword = onH2() ? UUID.randomUUID().toString() : Api.ADMIN_PASSWORD;
        tandem = new TandemProcess(environment(adminPassword), Path.of("target", "crash-recovery",
                "tandem-" + System.currentTimeMillis() + ".log"));
        tandem.start();
        try {
            writeKillAndRestart(adminPassword);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + tandem.logTail(), e);
        }
    }

    private void writeKillAndRestart(String adminPassword) throws Exception {
        admin = signIn(Api.ADMIN, adminPassword);
        if (onH2()) {
            assertThatASecondProcessIsRefused();
        }
        String writer = Api.uniqueUsername();
        String writerPassword = UUID.randomUUID().toString();
        admin.expect(201, "POST", "/api/v1/people", Map.of("username", writer, "displayName", "Crash writer",
                "email", writer + "@example.com", "password", writerPassword, "orgRole", "PMO"));
        String project = Api.uniqueProjectKey();
        signIn(writer, writerPassword).expect(201, "POST", "/api/v1/projects",
                Map.of("key", project, "name", "Crash " + project, "startDate", "2027-01-04"));

        for (int round = 1; round <= ROUNDS; round++) {
            ProcessApi client = signIn(writer, writerPassword);
            int answeredBefore = items.size();
            writeUntilKilled(client, project, round);
            assertThat(items.size()).as("items answered 201 in round %d", round).isGreaterThan(answeredBefore);
            System.out.printf("crash round %d on %s: %d items and %d comments answered so far, then kill -9%n",
                    round, onH2() ? "H2" : "PostgreSQL", items.size(), comments.size());

            tandem.start();
            admin = signIn(Api.ADMIN, adminPassword);
            assertEveryAnsweredWriteIsThere(signIn(writer, writerPassword), project, writer);
        }
    }

    /** Four writers create items and comment on them until the process is killed under them. */
    private void writeUntilKilled(ProcessApi client, String project, int round) throws Exception {
        int answeredBefore = items.size();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String name = "round " + round + " writer " + w;
            writers.add(pool.submit(() -> {
                for (int n = 0; !killed.get(); n++) {
                    String title = name + " item " + n;
                    Response created = client.sendOrNull("POST", "/api/v1/projects/" + project + "/items",
                            Map.of("type", "task", "title", title));
                    if (created == null) {
                        return null;
                    }
                    if (created.status() != 201) {
                        continue;
                    }
                    String key = created.text("key");
                    items.add(new CreatedItem(key, title));
                    String body = "comment by " + name + " on " + key;
                    Response comment = client.sendOrNull("POST", "/api/v1/items/" + key + "/comments", Map.of("body", body));
                    if (comment == null) {
                        return null;
                    }
                    if (comment.status() == 201) {
                        comments.add(new AddedComment(key, comment.number("id"), body));
                    }
                }
                return null;
            }));
        }
        try {
            Thread.sleep(WRITING.toMillis());
            long deadline = System.nanoTime() + FIRST_WRITE_LIMIT.toNanos();
            while (items.size() == answeredBefore && System.nanoTime() < deadline
                    && writers.stream().noneMatch(Future::isDone)) {
                Thread.sleep(50);
            }
            for (Future<?> w : writers) {
                if (w.isDone()) {
                    w.get(); // a writer that stopped early: its exception says why
                }
            }
            assertThat(writers).as("writers still writing when the process is killed").noneMatch(Future::isDone);
        } finally {
            killed.set(true);
            tandem.kill();
            pool.shutdown();
        }
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).as("writers stop once the server is gone").isTrue();
        for (Future<?> w : writers) {
            w.get();
        }
    }

    private void assertEveryAnsweredWriteIsThere(ProcessApi client, String project, String writer) {
        List<String> lost = new ArrayList<>();
        for (CreatedItem item : items) {
            Response r = client.send("GET", "/api/v1/items/" + item.key(), null);
            if (r.status() != 200 || !item.title().equals(r.text("title"))) {
                lost.add(item.key() + " \"" + item.title() + "\" now answers " + r.status() + " " + r.text("title"));
            }
        }
        Map<String, List<AddedComment>> commentsByItem = new HashMap<>();
        comments.forEach(c -> commentsByItem.computeIfAbsent(c.item(), k -> new ArrayList<>()).add(c));
        commentsByItem.forEach((key, expected) -> {
            Response r = client.send("GET", "/api/v1/items/" + key + "/comments", null);
            Map<Long, String> bodies = new HashMap<>();
            if (r.status() == 200) {
                r.json().forEach(c -> bodies.put(c.get("id").asLong(), c.get("body").asString()));
            }
            expected.stream().filter(c -> !c.body().equals(bodies.get(c.id())))
                    .forEach(c -> lost.add("comment " + c.id() + " on " + key));
        });
        assertThat(lost).as("writes answered 2xx before the kill (%d items, %d comments) but missing after the restart",
                items.size(), comments.size()).isEmpty();

        Response verify = admin.send("GET", "/api/v1/audit/verify", null);
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.json().get("valid").asBoolean()).as("audit chain verifies: %s", verify).isTrue();
        Set<String> audited = auditedChanges(writer);
        assertThat(audited).containsAll(items.stream().map(i -> "item.created " + i.key()).toList());
        assertThat(audited).containsAll(comments.stream().map(c -> "comment.added " + c.item() + " " + c.body()).toList());

        int highestAnswered = items.stream().mapToInt(i -> number(i.key())).max().orElseThrow();
        Set<String> answeredKeys = new HashSet<>(items.stream().map(CreatedItem::key).toList());
        String title = "created after restart " + UUID.randomUUID();
        Response created = client.expect(201, "POST", "/api/v1/projects/" + project + "/items",
                Map.of("type", "task", "title", title));
        String key = created.text("key");
        assertThat(answeredKeys).as("a key handed out before the kill").doesNotContain(key);
        assertThat(number(key)).as("number of the new key %s", key).isGreaterThan(highestAnswered);
        items.add(new CreatedItem(key, title));
    }

    /** "action target [summary]" of the writer's audit entries about work items. */
    private Set<String> auditedChanges(String writer) {
        Set<String> changes = new HashSet<>();
        for (int page = 0; ; page++) {
            Response r = admin.expect(200, "GET", "/api/v1/audit?actor=" + writer + "&targetType=WorkItem&size=200&page=" + page, null);
            JsonNode entries = r.json().get("entries");
            entries.forEach(e -> {
                String change = e.get("action").asString() + " " + e.get("target").asString();
                changes.add(e.get("action").asString().equals("comment.added") ? change + " " + e.get("summary").asString() : change);
            });
            if (entries.size() < 200) {
                return changes;
            }
        }
    }

    /** While Tandem runs, another process cannot open its embedded database (H2's file lock). */
    private void assertThatASecondProcessIsRefused() {
        String url = "jdbc:h2:file:" + dataDir.resolve("db/tandem").toAbsolutePath();
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode())
                        .as("H2 error code DATABASE_ALREADY_OPEN: %s", e.getMessage()).isEqualTo(90020));
    }

    private Map<String, String> environment(String adminPassword) {
        Map<String, String> env = new HashMap<>(Map.of("TANDEM_DATA_DIR", dataDir.toString(),
                "TANDEM_ADMIN_PASSWORD", adminPassword, "TANDEM_DEMO", "false"));
        if (!onH2()) {
            env.put("TANDEM_DB_URL", System.getProperty("spring.datasource.url"));
            env.put("TANDEM_DB_USER", System.getProperty("spring.datasource.username"));
            env.put("TANDEM_DB_PASSWORD", System.getProperty("spring.datasource.password"));
        }
        return env;
    }

    private ProcessApi signIn(String username, String password) {
        return ProcessApi.signIn(tandem.baseUrl(), username, password);
    }

    /** The PostgreSQL pass of ./tandem test sets the datasource as system properties; the H2 pass does not. */
    private static boolean onH2() {
        return System.getProperty("spring.datasource.url") == null;
    }

    private static int number(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
    }

    record CreatedItem(String key, String title) {
    }

    record AddedComment(String item, long id, String body) {
    }
}
