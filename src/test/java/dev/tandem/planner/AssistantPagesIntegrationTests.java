package dev.tandem.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The assistant's page in both languages: start, the diff, accepting one item; and the capacity view. */
@TandemIntegrationTest
class AssistantPagesIntegrationTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void aPmStartsAPlanSeesTheDiffAndAcceptsOneItem() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person engineer = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        for (String title : new String[] {"Design", "Build"}) {
            api.newItem(pm.token(), project, Map.of("type", "task", "title", title, "assignee", engineer.username(),
                    "mostLikelyDays", 2, "estimateHours", 16));
        }
        PageSession browser = PageSession.signedIn(port, pm.username(), pm.password());
        PageSession outsider = PageSession.signedIn(port, engineer.username(), engineer.password());

        var refused = outsider.post("/projects/" + project + "/assistant", Map.of("assign", "NONE", "level", "true"));
        var started = browser.post("/projects/" + project + "/assistant", Map.of("assign", "NONE", "level", "true"));
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        var page = browser.get(started.location().replaceFirst("^https?://[^/]+", ""), "Accept-Language", "en");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(started.status()).isEqualTo(302);
        assertThat(page.body()).contains("Scheduling assistant", "Moved items", "id=\"planner-accept-selected\"",
                "id=\"heatmap\"", ">Ready<");
        Matcher moved = Pattern.compile("<tr data-key=\"([A-Z0-9]+-\\d+)\">").matcher(page.body());
        assertThat(moved.find()).isTrue();
        String key = moved.group(1);
        String planPath = started.location().replaceFirst("^https?://[^/]+", "").replace("assistant?plan=", "assistant/");

        var accepted = browser.post(planPath + "/accept", Map.of("items", key));
        var after = browser.get(accepted.location().replaceFirst("^https?://[^/]+", ""));

        assertThat(accepted.status()).isEqualTo(302);
        assertThat(after.body()).contains("Applied: " + key + ".", ">Accepted<");
        assertThat(api.get(pm.token(), "/api/v1/items/" + key).json().get("plannedStart").isNull()).isFalse();

        browser.post("/locale", Map.of("lang", "zh-CN"), "Referer", browser.base() + "/");
        assertThat(browser.get("/projects/" + project + "/assistant").body()).contains("排期助手", "调整日期的事项");
        var capacity = browser.get("/projects/" + project + "/capacity");
        assertThat(capacity.status()).isEqualTo(200);
        assertThat(capacity.body()).contains("容量", "id=\"heatmap\"", "data-person=\"" + engineer.username() + "\"");
    }
}
