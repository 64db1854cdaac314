package dev.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small client of the running application's JSON API, over {@link HttpClient}. It creates people, tokens and
 * projects with unique names, because the suite also runs against one shared PostgreSQL database that is never
 * emptied between test classes.
 */
public class Api {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password-0";
    public static final String PASSWORD = "correct-horse-battery-1";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    // every table a request could write, except the live-update feed and the sync-report snapshots that
    // scheduled jobs prune and fill on their own
    private static final List<String> SNAPSHOT_TABLES = List.of("person", "person_skill", "person_leave",
            "access_token", "portfolio", "project", "project_member", "workflow_status", "board_settings", "work_item",
            "work_item_label", "work_item_change", "removed_item", "dependency", "item_comment", "sprint",
            "sprint_item", "sprint_change", "project_calendar", "calendar_exception", "baseline", "baseline_item",
            "change_request", "change_vote", "review_board", "rate_card", "person_rate", "notification", "charter",
            "charter_change", "adr", "technical_difficulty", "difficulty_alternative", "success_metric",
            "survey_result", "kickoff", "kickoff_participant", "kickoff_action", "feasibility_signoff",
            "planning_settings", "risk", "risk_item", "tech_debt", "tech_debt_item", "scorecard", "wiki_space",
            "wiki_page", "wiki_revision", "wiki_link", "wiki_template", "wiki_attachment");

    private final JsonMapper json;
    private final JdbcTemplate jdbc;
    private final Environment environment;
    private final HttpClient http;
    private final String host;
    private volatile String adminToken;

    @Autowired
    public Api(JsonMapper json, JdbcTemplate jdbc, Environment environment) {
        this(json, jdbc, environment, null);
    }

    private Api(JsonMapper json, JdbcTemplate jdbc, Environment environment, InetAddress clientAddress) {
        this.json = json;
        this.jdbc = jdbc;
        this.environment = environment;
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10));
        if (clientAddress != null) {
            client.localAddress(clientAddress);
        }
        this.http = client.build();
        this.host = clientAddress == null ? "localhost" : "127.0.0.1";
    }

    /**
     * This client with its requests sent from {@code clientAddress}, such as one of {@link #uniqueClientAddress()}:
     * for rules that count by client address, so that tests do not share one address.
     */
    public Api from(InetAddress clientAddress) {
        return new Api(json, jdbc, environment, clientAddress);
    }

    // plain calls

    public Response get(String token, String path) {
        return send("GET", path, bearer(token), null);
    }

    /** A GET asking for answers in a language ({@code Accept-Language}). */
    public Response get(String token, String path, String language) {
        return exchange("GET " + path, request("GET", path, bearer(token), null, null, language));
    }

    public Response post(String token, String path, Object body) {
        return send("POST", path, bearer(token), body);
    }

    /** A POST of a JSON body (or none) asking for answers in a language ({@code Accept-Language}). */
    public Response post(String token, String path, Object body, String language) {
        return exchange("POST " + path, request("POST", path, bearer(token), body == null ? null : "application/json",
                body == null ? null : json.writeValueAsString(body), language));
    }

    public Response patch(String token, String path, Object body) {
        return send("PATCH", path, bearer(token), body);
    }

    public Response delete(String token, String path) {
        return send("DELETE", path, bearer(token), null);
    }

    /** A call authenticated with HTTP Basic instead of a token. */
    public Response basic(String method, String path, String username, String password, Object body) {
        return send(method, path, basicAuthorization(username, password), body);
    }

    public static String basicAuthorization(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends one request. A {@code String} body is sent as it is (to send broken JSON); anything else is written as
     * JSON; {@code null} sends no body.
     */
    public Response send(String method, String path, String authorization, Object body) {
        if (body == null) {
            return send(method, path, authorization, null, null);
        }
        return send(method, path, authorization, "application/json", body instanceof String s ? s : json.writeValueAsString(body));
    }

    /** Sends {@code body} as it is, declared as {@code contentType}; a null body sends none. */
    public Response send(String method, String path, String authorization, String contentType, String body) {
        return exchange(method + " " + path, request(method, path, authorization, contentType, body, null));
    }

    private Response exchange(String call, HttpRequest request) {
        try {
            var response = http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException(call + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(call + " was interrupted", e);
        }
    }

    /**
     * Opens a stream such as {@code text/event-stream} and closes it as soon as the answer's head arrived: the
     * response holds the status and content type, and the body only when the answer is not a 2xx.
     */
    public Response open(String path, String authorization) {
        var request = request("GET", path, authorization, null, null, null);
        try {
            var response = http.send(request, BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            try (var in = response.body()) {
                if (response.statusCode() / 100 == 2) {
                    return new Response(response.statusCode(), contentType, null, null);
                }
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Response(response.statusCode(), contentType, body, parse(body));
            }
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET " + path + " was interrupted", e);
        }
    }

    /** The Markdown form of a GET answer, which must succeed. */
    public String markdown(String token, String path) {
        return markdown(token, path, "en");
    }

    /** The Markdown form of a GET answer in a language ({@code Accept-Language}), which must succeed. */
    public String markdown(String token, String path, String language) {
        var request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port() + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "text/markdown").header("Authorization", bearer(token))
                .header("Accept-Language", language).GET().build();
        try {
            var response = http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as("GET %s as Markdown: %s", path, response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/markdown"));
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET " + path + " was interrupted", e);
        }
    }

    private HttpRequest request(String method, String path, String authorization, String contentType, String body,
                                String language) {
        var request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json, */*;q=0.1");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (body == null) {
            request.method(method, BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return request.build();
    }

    // building blocks

    /** A token of the bootstrap administrator, issued once per application context. */
    public String adminToken() {
        if (adminToken == null) {
            synchronized (this) {
                if (adminToken == null) {
                    adminToken = issueToken(ADMIN, ADMIN_PASSWORD);
                }
            }
        }
        return adminToken;
    }

    public String issueToken(String username, String password) {
        Response r = basic("POST", "/api/v1/me/tokens", username, password, Map.of("name", "tests", "expiresInDays", 1));
        assertThat(r.status()).as("issuing a token for %s: %s", username, r).isEqualTo(201);
        return r.text("token");
    }

    /** A new person with a password and a token; {@code orgRole} is null, "PMO" or "ADMIN". */
    public Person newPerson(String orgRole) {
        String username = uniqueUsername();
        Response r = post(adminToken(), "/api/v1/people", fields("username", username, "displayName", "Person " + username,
                "email", username + "@example.com", "password", PASSWORD, "orgRole", orgRole));
        assertThat(r.status()).as("creating %s: %s", username, r).isEqualTo(201);
        return new Person(username, PASSWORD, issueToken(username, PASSWORD));
    }

    public Person newPerson() {
        return newPerson(null);
    }

    /** A person who cannot sign in (no password): enough to be a member or an assignee. */
    public String newPersonWithoutPassword() {
        String username = uniqueUsername();
        Response r = post(adminToken(), "/api/v1/people", fields("username", username, "displayName", "Person " + username,
                "email", username + "@example.com"));
        assertThat(r.status()).as("creating %s: %s", username, r).isEqualTo(201);
        return username;
    }

    /** A new project opened by the holder of {@code token} (an admin or PMO), who becomes its PM. */
    public String newProject(String token) {
        String key = uniqueProjectKey();
        Response r = post(token, "/api/v1/projects", Map.of("key", key, "name", "Project " + key, "startDate", "2027-01-04"));
        assertThat(r.status()).as("creating project %s: %s", key, r).isEqualTo(201);
        return key;
    }

    public void addMember(String projectKey, String username, String role) {
        Response r = post(adminToken(), "/api/v1/projects/" + projectKey + "/members", Map.of("username", username, "role", role));
        assertThat(r.status()).as("adding %s to %s: %s", username, projectKey, r).isEqualTo(201);
    }

    /**
     * Adds a new EM and a new architect to the project and has both sign off feasibility, so that its first
     * baseline may be captured. Works for projects created through the facades too.
     */
    public Signers feasibilitySignedOff(String projectKey) {
        Person em = newPerson();
        Person architect = newPerson();
        addMember(projectKey, em.username(), "EM");
        addMember(projectKey, architect.username(), "ARCHITECT");
        for (Person signer : List.of(em, architect)) {
            Response r = post(signer.token(), "/api/v1/projects/" + projectKey + "/feasibility-signoffs",
                    Map.of("comment", "Feasible"));
            assertThat(r.status()).as("%s signing off %s: %s", signer.username(), projectKey, r).isEqualTo(201);
        }
        return new Signers(em, architect);
    }

    public JsonNode newItem(String token, String projectKey, Map<String, ?> body) {
        Response r = post(token, "/api/v1/projects/" + projectKey + "/items", body);
        assertThat(r.status()).as("creating an item in %s: %s", projectKey, r).isEqualTo(201);
        return r.json();
    }

    public String newItem(String token, String projectKey, String type, String title) {
        return Response.text(newItem(token, projectKey, Map.of("type", type, "title", title)), "key");
    }

    /** Makes the item {@code successor} follow {@code predecessor} (finish-to-start). */
    public long link(String token, String predecessor, String successor) {
        Response r = post(token, "/api/v1/items/" + successor + "/dependencies",
                Map.of("predecessor", predecessor, "type", "FS", "lagDays", 0));
        assertThat(r.status()).as("linking %s → %s: %s", predecessor, successor, r).isEqualTo(201);
        return r.number("id");
    }

    /** A new PMO person who opens a new project (and so is its PM) with one task, "Design", in it. */
    public ProjectWithItem projectWithItem() {
        Person pm = newPerson("PMO");
        String project = newProject(pm.token());
        return new ProjectWithItem(pm, project, newItem(pm.token(), project, "task", "Design"));
    }

    /** Sends {@code call} and checks that what the database holds for the project did not change. */
    public Response unchanged(String projectKey, Supplier<Response> call) {
        DbState before = state(projectKey);
        Response response = call.get();
        assertThat(state(projectKey)).as("database after %s", response).isEqualTo(before);
        return response;
    }

    /** What the database holds for one project's items, and how far the audit trail reaches. */
    public DbState state(String projectKey) {
        long projectId = jdbc.queryForObject("select id from project where project_key = ?", Long.class, projectKey);
        return new DbState(
                jdbc.queryForList("select id, item_key, type, title, description, status_id, blocked, priority, assignee_id,"
                        + " parent_id, story_points, estimate_hours, optimistic_days, most_likely_days, pessimistic_days,"
                        + " planned_start, planned_finish, due_date, version from work_item where project_id = ?"
                        + " order by item_number", projectId),
                jdbc.queryForList("select l.work_item_id, l.label from work_item_label l join work_item i"
                        + " on i.id = l.work_item_id where i.project_id = ? order by l.work_item_id, l.label", projectId),
                count("select count(*) from work_item_change c join work_item i on i.id = c.work_item_id"
                        + " where i.project_id = ?", projectId),
                count("select count(*) from dependency where project_id = ?", projectId),
                count("select count(*) from item_comment c join work_item i on i.id = c.work_item_id"
                        + " where i.project_id = ?", projectId),
                count("select count(*) from project_member where project_id = ?", projectId),
                auditHead());
    }

    /**
     * How far the audit trail reaches and how many rows the main tables hold, across all projects: a refused
     * request must leave all of it as it was.
     */
    public DbSnapshot snapshot() {
        String sql = "select " + SNAPSHOT_TABLES.stream().map(t -> "(select count(*) from " + t + ") as " + t)
                .collect(Collectors.joining(", "))
                + ", (select last_seq from audit_chain_head where id = 1) as audit_head";
        Map<String, Object> row = jdbc.queryForMap(sql);
        Map<String, Long> counts = new TreeMap<>();
        SNAPSHOT_TABLES.forEach(t -> counts.put(t, ((Number) row.get(t)).longValue()));
        return new DbSnapshot(((Number) row.get("audit_head")).longValue(), counts);
    }

    /** The actions of the audit entries appended after {@code seq}. */
    public List<String> auditActionsAfter(long seq) {
        return jdbc.queryForList("select action from audit_entry where seq > ? order by seq", String.class, seq);
    }

    public long auditHead() {
        return jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public JsonMapper json() {
        return json;
    }

    // names

    public static String uniqueProjectKey() {
        return "T" + random(7);
    }

    public static String uniqueUsername() {
        return "u" + random(10).toLowerCase();
    }

    /** A loopback address other than 127.0.0.1 (on Linux the whole of 127.0.0.0/8 reaches this machine). */
    public static InetAddress uniqueClientAddress() {
        try {
            return InetAddress.getByAddress(new byte[] {127, (byte) (1 + RANDOM.nextInt(254)),
                    (byte) RANDOM.nextInt(256), (byte) (1 + RANDOM.nextInt(254))});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A JSON object in the given order; unlike {@code Map.of} it may hold nulls. */
    public static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String random(int length) {
        var sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String bearer(String token) {
        return token == null ? null : "Bearer " + token;
    }

    /** The EM and the architect who signed off a project's feasibility. */
    public record ProjectWithItem(Person pm, String project, String item) {
    }

    public record Signers(Person em, Person architect) {
    }

    public record Person(String username, String password, String token) {
    }

    /** The audit chain's head and the row count of each main table. */
    public record DbSnapshot(long auditHead, Map<String, Long> rows) {
    }

    /** Everything a rejected change must leave as it was. */
    public record DbState(List<Map<String, Object>> items, List<Map<String, Object>> labels, long historyEntries,
                          long dependencies, long comments, long members, long auditHead) {
    }
}
