package dev.tandem.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The audit page says what happened in words of the reader's language; the action's code stays in a tooltip. */
@TandemIntegrationTest
class AuditPageIntegrationTests {

    private static final Pattern ACTION_CELL = Pattern.compile("<td class=\"action\" title=\"([^\"]*)\"><span>([^<]*)</span>");
    private static final Pattern CODE = Pattern.compile("[a-z][a-z-]*\\.[a-z][a-z-]*");

    @Autowired
    Api api;
    @LocalServerPort
    int port;

    @Test
    void actionsReadAsSentencesWithTheCodeInTheTitle() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        api.newItem(pm.token(), project, "task", "Audit me");
        PageSession.signedIn(port, pm.username(), pm.password());

        Person reader = api.newPerson("PMO");
        var browser = PageSession.signedIn(port, reader.username(), reader.password());
        assertThat(actions(browser.get("/audit?actor=" + pm.username()).body()))
                .contains(List.of("signin.succeeded", "signed in"), List.of("project.created", "created the project"),
                        List.of("item.created", "created the item"))
                .allSatisfy(cell -> assertThat(cell.get(1)).as(cell.get(0)).doesNotMatch(CODE));

        browser.post("/locale", Map.of("lang", "zh-CN"), "Referer", browser.base() + "/");
        assertThat(actions(browser.get("/audit?actor=" + pm.username()).body()))
                .contains(List.of("signin.succeeded", "登录"), List.of("item.created", "创建了工作项"));
    }

    @Test
    void aRunOfTheSameActionReadsAsOneRowThatOpensToItsEntries() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        for (int i = 1; i <= 5; i++) {
            api.newItem(pm.token(), project, "task", "Imported " + i);
        }
        Person reader = api.newPerson("PMO");
        var browser = PageSession.signedIn(port, reader.username(), reader.password());

        String page = browser.get("/audit?actor=" + pm.username()).body();

        assertThat(actions(page)).filteredOn(cell -> cell.get(0).equals("item.created")).hasSize(1);
        assertThat(page).contains(">5 times<", ">Show all 5<", ">" + project + "-1<", ">" + project + "-5<",
                ">Work item<", ">Project<");
        assertThat(page).as("kinds of target in words").doesNotContain(">WorkItem<");
    }

    /** Each action cell as [code, text]. */
    private static List<List<String>> actions(String page) {
        List<List<String>> cells = new ArrayList<>();
        Matcher cell = ACTION_CELL.matcher(page);
        while (cell.find()) {
            cells.add(List.of(cell.group(1), cell.group(2)));
        }
        assertThat(cells).as("action cells on the page").isNotEmpty();
        return cells;
    }
}
