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
    void theApisOwnProblemsReadInTheLanguageAsked() throws Exception {
        String token = api.newPerson("PMO").token();
        String unknownField = "{\"key\":\"QQLANG\",\"name\":\"Refused\",\"colour\":\"red\"}";
        String wrongType = "{\"key\":\"QQLANG\",\"name\":[1]}";

        JsonNode unknownEnglish = send(token, "POST", "/api/v1/projects", unknownField, "en", 400);
        JsonNode unknownChinese = send(token, "POST", "/api/v1/projects", unknownField, "zh-CN", 400);
        JsonNode typeChinese = send(token, "POST", "/api/v1/projects", wrongType, "zh-CN", 400);
        JsonNode brokenChinese = send(token, "POST", "/api/v1/projects", "{\"key\":", "zh-CN", 400);
        JsonNode nowhereChinese = send(token, "GET", "/api/v1/no-such-address", null, "zh-CN", 404);

        assertThat(unknownEnglish.get("title").asString()).isEqualTo("Malformed request");
        assertThat(unknownEnglish.get("detail").asString()).startsWith("Unknown field 'colour'. Known fields: ");
        assertThat(unknownChinese.get("title").asString()).isEqualTo("请求格式错误");
        assertThat(unknownChinese.get("detail").asString()).startsWith("未知字段 'colour'。已知字段：");
        assertThat(typeChinese.get("detail").asString()).isEqualTo("name 必须是字符串。");
        assertThat(brokenChinese.get("detail").asString()).startsWith("请求体不是有效的 JSON：");
        assertThat(nowhereChinese.get("title").asString()).isEqualTo("未找到");
        assertThat(api.jdbc().queryForObject("select count(*) from project where project_key = 'QQLANG'", Long.class))
                .isZero();
    }

    @Test
    void aRefusedTokenIsExplainedInTheLanguageAsked() throws Exception {
        JsonNode english = send("not-a-token", "GET", "/api/v1/me", null, "en", 401);
        JsonNode chinese = send("not-a-token", "GET", "/api/v1/me", null, "zh-CN", 401);
        JsonNode unstated = send("not-a-token", "GET", "/api/v1/me", null, null, 401);

        assertThat(english.get("title").asString()).isEqualTo("Invalid token");
        assertThat(english.get("detail").asString()).startsWith("The access token is unknown, expired or revoked.");
        assertThat(chinese.get("title").asString()).isEqualTo("令牌无效");
        assertThat(chinese.get("detail").asString()).startsWith("访问令牌未知、已过期或已撤销。");
        assertThat(unstated.get("title").asString()).isEqualTo("Invalid token");
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
