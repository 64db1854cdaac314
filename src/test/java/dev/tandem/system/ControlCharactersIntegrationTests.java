package dev.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.DbState;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Control characters are refused in every string a request carries, on H2 as on PostgreSQL (which cannot store
 * U+0000): a 400 that names the field, and nothing written. Tab, line feed and carriage return are text.
 */
@TandemIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlCharactersIntegrationTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    Person pm;
    String project;
    String item;

    @BeforeAll
    void organisation() {
        var organisation = api.projectWithItem();
        pm = organisation.pm();
        project = organisation.project();
        item = organisation.item();
    }

    @Test
    void aCommentWithANullCharacterIsRefusedAndNamesTheField() {
        Response r = api.unchanged(project,
                () -> api.post(pm.token(), "/api/v1/items/" + item + "/comments", Map.of("body", "a\u0000b")));

        assertInvalid(r, "body");
    }

    @Test
    void everyJsonStringIsChecked() {
        assertInvalid(api.unchanged(project, () -> api.patch(pm.token(), "/api/v1/items/" + item,
                Map.of("title", "bell\u0007", "version", version()))), "title");
        assertInvalid(api.unchanged(project, () -> api.post(pm.token(), "/api/v1/projects/" + project + "/items",
                Map.of("type", "task", "title", "ok", "labels", List.of("fine", "esc\u001b")))), "labels[1]");
        assertInvalid(api.unchanged(project, () -> api.patch(pm.token(), "/api/v1/projects/" + project + "/board",
                Map.of("wipLimits", Map.of("To\u0000do", 3), "version", 0))), "wipLimits");
        assertInvalid(api.unchanged(project, () -> api.post(pm.token(), "/api/v1/items/" + item + "/comments",
                Map.of("body", "delete\u007f"))), "body");
    }

    @Test
    void queryParametersAreCheckedToo() {
        Response r = api.get(pm.token(), "/api/v1/projects/" + project + "/items?text=%00");

        assertInvalid(r, "text");
    }

    @Test
    void tabsAndLineBreaksAreText() {
        String text = "First line\r\nSecond\tline";

        Response r = api.post(pm.token(), "/api/v1/items/" + item + "/comments", Map.of("body", text));

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.text("body")).isEqualTo(text);
    }

    @Test
    void pageFormsRefuseThemAsWell() {
        var browser = new PageSession(port);
        browser.signIn(pm.username(), pm.password());
        browser.get("/items/" + item);
        DbState before = api.state(project);

        var comment = browser.post("/items/" + item + "/comments", Map.of("body", "a\u0000b"));
        var title = browser.post("/items/" + item, Map.of("title", "nul\u0000", "type", "task",
                "version", Long.toString(version())));

        assertThat(comment.status()).isEqualTo(400);
        assertThat(title.status()).isEqualTo(400);
        assertThat(api.state(project)).isEqualTo(before);
    }

    private long version() {
        return api.get(pm.token(), "/api/v1/items/" + item).number("version");
    }

    private static void assertInvalid(Response r, String field) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.isProblem()).as(r.toString()).isTrue();
        assertThat(r.text("title")).isEqualTo("Invalid input");
        assertThat(r.detail()).isEqualTo(field + " must not contain control characters");
        assertThat(r.json().get("errors").get(field).asString()).isEqualTo("must not contain control characters");
    }
}
