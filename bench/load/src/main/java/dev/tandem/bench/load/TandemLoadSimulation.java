package dev.tandem.bench.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * People of the demo at work on its two projects: each virtual user signs in with the sign-in form as one of the
 * demo's project members, then until the run ends opens the board, the Gantt chart (page and data) or the weekly sync
 * report, moves a card on the board, edits an item's description, comments on an item, or drafts, submits and has a
 * reviewer vote on a change request, with a think time between two actions. Request names start with the kind the
 * targets are set for: {@code page}, {@code api read} or {@code api write}.
 * <p>
 * Edits and moves send the version they read; a 409 makes the user re-read and try once more, as the pages do. Every
 * write answered with 2xx is recorded in the {@link Ledger} for the check after the run.
 */
public class TandemLoadSimulation extends Simulation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = "Bearer #{token}";

    private final Fixture fixture = LoadTest.fixture();
    private final Map<String, String> tokens = new HashMap<>();

    {
        fixture.people().forEach(p -> tokens.put(p.username(), p.token()));
        int users = Integer.getInteger("users", 50);
        Duration duration = Duration.ofSeconds(Integer.getInteger("durationSeconds", 300));
        Duration thinkMin = Duration.ofMillis(Integer.getInteger("thinkMinMillis", 1000));
        Duration thinkMax = Duration.ofMillis(Integer.getInteger("thinkMaxMillis", 3000));

        List<Map<String, Object>> records = new ArrayList<>();
        for (Fixture.Person person : fixture.people()) {
            records.add(Map.of("username", person.username(), "password", person.password(), "token", person.token(),
                    "projects", person.projects()));
        }
        HttpProtocolBuilder protocol = http.baseUrl(LoadTest.baseUrl()).acceptHeader("text/html,application/json")
                .acceptLanguageHeader("en").userAgentHeader("Tandem load test (Gatling)");

        ScenarioBuilder people = scenario("Demo people at work")
                .feed(listFeeder(records).circular())
                .exec(session -> {
                    List<String> projects = session.getList("projects");
                    return session.set("project", projects.get(ThreadLocalRandom.current().nextInt(projects.size())));
                })
                .exec(signIn())
                .during(duration).on(
                        randomSwitch().on(
                                percent(20.0).then(openBoard()),
                                percent(15.0).then(openGantt()),
                                percent(10.0).then(readSyncReport()),
                                percent(20.0).then(moveCard()),
                                percent(15.0).then(editItem()),
                                percent(15.0).then(comment()),
                                percent(5.0).then(changeRequest()))
                                .pause(thinkMin, thinkMax));

        setUp(people.injectClosed(rampConcurrentUsers(1).to(users).during(Duration.ofSeconds(10)),
                        constantConcurrentUsers(users).during(duration)))
                .protocols(protocol)
                .maxDuration(duration.plusSeconds(70));
    }

    private static ChainBuilder signIn() {
        return exec(http("page: sign-in form").get("/signin")
                .check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
                .exec(http("page: sign in").post("/signin").disableFollowRedirect()
                        .formParam("username", "#{username}").formParam("password", "#{password}")
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(302), header("Location").transform(l -> l.contains("error")).is(false)));
    }

    private static ChainBuilder openBoard() {
        return exec(http("page: board").get("/projects/#{project}/board").check(status().is(200)));
    }

    private static ChainBuilder openGantt() {
        return exec(http("page: gantt").get("/projects/#{project}/gantt").check(status().is(200)))
                .exec(http("page: gantt data").get("/projects/#{project}/gantt/data").check(status().is(200)));
    }

    private static ChainBuilder readSyncReport() {
        return exec(http("page: sync report").get("/projects/#{project}/sync").check(status().is(200)));
    }

    /** Reads the board through the API and moves a random card after another card of its column. */
    private static ChainBuilder moveCard() {
        return exec(readBoardAndMove("api read: board", "api write: move card"))
                .doIf(session -> statusOf(session) == 409).then(
                        exec(session -> { Ledger.conflict(); return session; })
                                .exec(readBoardAndMove("api read: board after 409", "api write: move card after 409")))
                .exec(session -> session.remove("status"));
    }

    private static ChainBuilder readBoardAndMove(String read, String write) {
        return exec(session -> session.remove("status"))
                .exec(http(read).get("/api/v1/projects/#{project}/board").header("Authorization", AUTH)
                .check(status().is(200), bodyString().saveAs("board")))
                .exec(TandemLoadSimulation::pickMove)
                .doIfOrElse(session -> session.contains("card")).then(
                        exec(http(write).post("/api/v1/items/#{card}/move").header("Authorization", AUTH)
                                .body(StringBody("{\"after\":\"#{after}\",\"version\":#{cardVersion}}")).asJson()
                                .check(status().in(200, 409).saveAs("status"),
                                        jsonPath("$.version").ofLong().optional().saveAs("acknowledged")))
                                .exec(session -> {
                                    if (statusOf(session) == 200) {
                                        Ledger.moved(session.getString("card"), session.getLong("acknowledged"));
                                    }
                                    return session.remove("card").remove("acknowledged").remove("board");
                                }))
                .orElse(exec(session -> session.set("status", 200).remove("board")));
    }

    private static Session pickMove(Session session) {
        try {
            JsonNode board = JSON.readTree(session.getString("board"));
            List<JsonNode> columns = new ArrayList<>();
            board.path("columns").forEach(c -> {
                if (c.path("cards").size() >= 2) {
                    columns.add(c.path("cards"));
                }
            });
            if (columns.isEmpty()) {
                return session;
            }
            ThreadLocalRandom random = ThreadLocalRandom.current();
            JsonNode cards = columns.get(random.nextInt(columns.size()));
            int moved = random.nextInt(cards.size());
            int after = (moved + 1 + random.nextInt(cards.size() - 1)) % cards.size();
            return session.set("card", cards.get(moved).path("key").asText())
                    .set("cardVersion", cards.get(moved).path("version").asLong())
                    .set("after", cards.get(after).path("key").asText());
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable board", e);
        }
    }

    /** Reads an open item and writes a new description with the version it read. */
    private ChainBuilder editItem() {
        return exec(this::pickItem)
                .exec(readAndEdit("api read: item", "api write: edit item"))
                .doIf(session -> statusOf(session) == 409).then(
                        exec(session -> { Ledger.conflict(); return session; })
                                .exec(readAndEdit("api read: item after 409", "api write: edit item after 409")))
                .exec(session -> session.remove("status"));
    }

    private static ChainBuilder readAndEdit(String read, String write) {
        return exec(session -> session.remove("status"))
                .exec(http(read).get("/api/v1/items/#{item}").header("Authorization", AUTH)
                .check(status().is(200), jsonPath("$.version").ofLong().saveAs("version")))
                .exec(session -> session.set("description", "Edited in the load test " + UUID.randomUUID()))
                .exec(http(write).patch("/api/v1/items/#{item}").header("Authorization", AUTH)
                        .body(StringBody("{\"description\":\"#{description}\",\"version\":#{version}}")).asJson()
                        .check(status().in(200, 409).saveAs("status"),
                                jsonPath("$.version").ofLong().optional().saveAs("acknowledged")))
                .exec(session -> {
                    if (statusOf(session) == 200) {
                        Ledger.edited(session.getString("item"), session.getLong("acknowledged"),
                                session.getString("description"));
                    }
                    return session.remove("acknowledged");
                });
    }

    private ChainBuilder comment() {
        return exec(this::pickItem)
                .exec(http("api write: comment").post("/api/v1/items/#{item}/comments").header("Authorization", AUTH)
                        .body(StringBody("{\"body\":\"Checked during the load test.\"}")).asJson()
                        .check(status().is(201), jsonPath("$.id").ofLong().saveAs("comment")))
                .exec(session -> {
                    if (session.contains("comment")) {
                        Ledger.commented(session.getString("item"), session.getLong("comment"));
                    }
                    return session.remove("comment");
                });
    }

    /** Drafts a re-estimate of an open item, submits it, and one of the reviewers the request names votes on it. */
    private ChainBuilder changeRequest() {
        return exec(this::pickItem)
                .exec(session -> session.set("days", 2 + ThreadLocalRandom.current().nextInt(8)))
                .exec(http("api write: draft change request").post("/api/v1/projects/#{project}/change-requests")
                        .header("Authorization", AUTH)
                        .body(StringBody("{\"title\":\"Re-estimate #{item}\",\"reason\":\"Load test: the estimate "
                                + "looks low.\",\"changes\":[{\"op\":\"setEstimate\",\"item\":\"#{item}\","
                                + "\"mostLikelyDays\":#{days}}]}")).asJson()
                        .check(status().is(201), jsonPath("$.id").ofLong().saveAs("request")))
                .doIf(session -> session.contains("request")).then(changeRequestReview());
    }

    private ChainBuilder changeRequestReview() {
        return exec(http("api write: submit change request").post("/api/v1/change-requests/#{request}/submit")
                        .header("Authorization", AUTH)
                        .check(status().is(200), jsonPath("$.state").saveAs("state"),
                                jsonPath("$.reviewers[*]").findAll().optional().saveAs("reviewers")))
                .exec(session -> {
                    if (!session.contains("state")) {
                        return session;
                    }
                    Ledger.submitted(session.getLong("request"));
                    List<String> reviewers = session.contains("reviewers") ? session.getList("reviewers") : List.of();
                    List<String> voters = reviewers.stream().filter(tokens::containsKey).toList();
                    if (voters.isEmpty()) {
                        return session;
                    }
                    String voter = voters.get(ThreadLocalRandom.current().nextInt(voters.size()));
                    return session.set("voter", voter).set("voterToken", tokens.get(voter))
                            .set("decision", ThreadLocalRandom.current().nextBoolean() ? "REJECT" : "ABSTAIN");
                })
                .doIf(session -> session.contains("voter")).then(
                        exec(http("api write: vote on change request").post("/api/v1/change-requests/#{request}/votes")
                                .header("Authorization", "Bearer #{voterToken}")
                                .body(StringBody("{\"decision\":\"#{decision}\",\"comment\":\"Load test vote\"}")).asJson()
                                .check(status().is(200).saveAs("voted")))
                                .exec(session -> {
                                    if (session.contains("voted")) {
                                        Ledger.voted(session.getLong("request"), session.getString("voter"));
                                    }
                                    return session;
                                }))
                .exec(session -> session.remove("voter").remove("voterToken").remove("reviewers").remove("request")
                        .remove("state").remove("voted"));
    }

    /** The status a write was answered with, or -1 when it failed otherwise (already counted as an error). */
    private static int statusOf(Session session) {
        return session.contains("status") ? session.getInt("status") : -1;
    }

    private Session pickItem(Session session) {
        List<String> items = fixture.openItems().get(session.getString("project"));
        return session.set("item", items.get(ThreadLocalRandom.current().nextInt(items.size())));
    }
}
