package dev.tandem.system;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Why a request was refused reads in the reader's language: the API follows {@code Accept-Language}, a page the
 * person's chosen language; English is the default. Nothing of the refused request is stored.
 */
@TandemIntegrationTest
class ProblemLanguageIntegrationTests {

    @Autowired
    Api api;
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theApiAnswersARefusalInTheLanguageAsked() throws Exception {
        String token = api.newPerson("PMO").token();

        JsonNode english = send(token, "GET", "/api/v1/projects/QQNONE", null, "en", 404);
        JsonNode chinese = send(token, "GET", "/api/v1/projects/QQNONE", null, "zh-CN", 404);
        JsonNode unstated = send(token, "GET", "/api/v1/projects/QQNONE", null, null, 404);

        assertThat(english.get("detail").asString()).isEqualTo("No project QQNONE.");
        assertThat(chinese.get("detail").asString()).isEqualTo("没有项目 QQNONE。");
        assertThat(unstated.get("detail").asString()).isEqualTo("No project QQNONE.");
    }

    @Test
    void aFieldsReasonIsInTheLanguageAskedAndNothingIsCreated() throws Exception {
        String token = api.newPerson("PMO").token();
        String body = json.writeValueAsString(Map.of("key", "q", "name", "Refused"));

        JsonNode chinese = send(token, "POST", "/api/v1/projects", body, "zh-CN", 400);
        JsonNode english = send(token, "POST", "/api/v1/projects", body, "en", 400);

        assertThat(chinese.get("errors").get("key").asString()).isEqualTo("必须为 2–10 个大写字母或数字，并以字母开头（如 PAY）");
        assertThat(english.get("errors").get("key").asString())
                .isEqualTo("must be 2–10 upper-case letters or digits, starting with a letter (like PAY)");
        assertThat(api.jdbc().queryForObject("select count(*) from project where name = 'Refused'", Long.class))
                .isZero();
    }

    @Test
    void aFormShowsTheReasonInThePersonsLanguage() {
        String username = Api.uniqueUsername();
        assertThat(api.post(api.adminToken(), "/api/v1/people", fields("username", username, "displayName", "读者",
                "email", username + "@example.com", "password", "a-long-test-password-1", "orgRole", "PMO",
                "locale", "zh-CN")).status()).isEqualTo(201);
        PageSession chinese = PageSession.signedIn(port, username, "a-long-test-password-1");

        PageSession.Page refused = chinese.post("/projects", Map.of("key", "q", "name", "Refused on a page"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("必须为 2–10 个大写字母或数字，并以字母开头（如 PAY）")
                .doesNotContain("upper-case letters");
    }

    private JsonNode send(String token, String method, String path, String body, String language, int status)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }
}
