package dev.tandem.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the simulation's virtual users need from the demo, prepared as an administrator would before the run: each
 * demo person who works on a project gets a password (the demo's people have none) and a day's API token, and the
 * open items of each project are listed for the edits, comments and change requests.
 */
record Fixture(String adminAuthorization, List<Person> people, Map<String, List<String>> openItems) {

    /** Roles that may not change items or draft change requests. */
    private static final Set<String> READERS = Set.of("STAKEHOLDER", "VIEWER");
    static final List<String> PROJECTS = List.of("PAY", "MOB");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A person the virtual users act as, and the demo projects they work on. */
    record Person(String username, String password, String token, List<String> projects) {
    }

    static Fixture prepare(String base, String adminPassword) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String admin = "Bearer " + token(client, base, "admin", adminPassword);
        Map<String, List<String>> projectsOf = new LinkedHashMap<>();
        for (String project : PROJECTS) {
            for (JsonNode member : send(client, base, "GET", "/api/v1/projects/" + project + "/members", admin, null, 200)) {
                if (!READERS.contains(member.path("role").asText())) {
                    projectsOf.computeIfAbsent(member.path("username").asText(), u -> new ArrayList<>()).add(project);
                }
            }
        }
        projectsOf.remove("admin");
        SecureRandom random = new SecureRandom();
        List<Person> people = new ArrayList<>();
        for (var entry : projectsOf.entrySet()) {
            String username = entry.getKey();
            JsonNode person = send(client, base, "GET", "/api/v1/people/" + username, admin, null, 200);
            byte[] secret = new byte[12];
            random.nextBytes(secret);
            String password = HexFormat.of().formatHex(secret);
            send(client, base, "PATCH", "/api/v1/people/" + username, admin,
                    "{\"password\":\"" + password + "\",\"version\":" + person.path("version").asLong() + "}", 200);
            people.add(new Person(username, password, token(client, base, username, password), entry.getValue()));
        }
        Map<String, List<String>> openItems = new LinkedHashMap<>();
        for (String project : PROJECTS) {
            List<String> keys = new ArrayList<>();
            for (int page = 0; ; page++) {
                JsonNode found = send(client, base, "GET", "/api/v1/projects/" + project + "/items?size=100&page=" + page,
                        admin, null, 200);
                JsonNode items = found.path("items");
                for (JsonNode item : items) {
                    if (!"DONE".equals(item.path("statusCategory").asText())
                            && Set.of("task", "story", "bug").contains(item.path("type").asText())) {
                        keys.add(item.path("key").asText());
                    }
                }
                if (items.size() < 100) {
                    break;
                }
            }
            if (keys.isEmpty()) {
                throw new IllegalStateException(project + " has no open items: is the demo loaded?");
            }
            openItems.put(project, List.copyOf(keys));
        }
        return new Fixture(admin, List.copyOf(people), openItems);
    }

    /** A day's API token, issued with the password as a person would from their profile. */
    private static String token(HttpClient client, String base, String username, String password)
            throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(client, base, "POST", "/api/v1/me/tokens", basic, "{\"name\":\"load test\",\"expiresInDays\":1}", 201)
                .path("token").asText();
    }

    static JsonNode send(HttpClient client, String base, String method, String path, String authorization, String json,
                         int expected) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
