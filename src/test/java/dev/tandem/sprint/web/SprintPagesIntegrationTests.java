package dev.tandem.sprint.web;

import dev.tandem.support.TeamProject;
import dev.tandem.support.TandemIntegrationTest;
import dev.tandem.support.PageSession;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonDraft;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.shared.Actor;
import dev.tandem.sprint.BacklogItem;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.sprint.SprintDraft;
import dev.tandem.sprint.SprintManagement;
import dev.tandem.sprint.SprintState;
import dev.tandem.sprint.SprintView;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The backlog, sprint and stand-up pages over real HTTP, as a browser uses them. */
@TandemIntegrationTest
class SprintPagesIntegrationTests {

    private static final String ADMIN_PASSWORD = "test-admin-password-0";
    private static final String PASSWORD = "a-long-test-password-1";

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    WorkItemManagement items;
    @Autowired
    SprintManagement sprints;

    Actor admin;
    String projectKey;
    ItemView first;
    ItemView second;
    ItemView third;

    @BeforeEach
    void aProjectWithABacklog() {
        var team = TeamProject.open(identity, portfolio, "Scrum");
        admin = team.admin();
        projectKey = team.key();
        first = items.create(admin, projectKey, story("Sign-up form", 3));
        second = items.create(admin, projectKey, story("Email check", 5));
        third = items.create(admin, projectKey, story("Password rules", 2));
    }

    @Test
    void everyScrumPageRendersInBothLanguages() {
        SprintView sprint = sprints.plan(admin, projectKey, new SprintDraft("Sprint 1", "Sign-up",
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 15)));
        sprints.addItem(admin, projectKey, sprint.id(), first.key(), first.version());
        var browser = signedInAdmin();
        List<String> pages = List.of("/projects/" + projectKey + "/backlog", "/projects/" + projectKey + "/sprints",
                "/projects/" + projectKey + "/sprints/" + sprint.id(), "/projects/" + projectKey + "/standup",
                "/projects/" + projectKey + "/standup?date=2026-11-02");

        for (String path : pages) {
            var page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<main id=\"content\">").doesNotContain("??")
                    .doesNotContain("style=");
        }
        var detail = browser.get("/projects/" + projectKey + "/sprints/" + sprint.id());
        assertThat(detail.body()).contains("<svg").contains("<polyline").contains("id=\"burndown-table\"")
                .contains("id=\"capacity-table\"").contains("Sprint 1").contains(first.key())
                // the history in sentences, not field codes
                .contains("planned the sprint").contains("added 1 items: " + first.key()).doesNotContain(">PLANNED<");
        assertThat(detail.body()).as("a planned sprint has no actuals yet")
                .contains("The work left is drawn here day by day once the sprint starts")
                .contains("The scope and the work done are drawn here day by day once the sprint starts");
        // a member of its own, since the chosen language is kept with the person
        String engineer = newPerson();
        portfolio.addMember(admin, projectKey, engineer, ProjectRole.ENGINEER);
        var chinese = new PageSession(port);
        chinese.signIn(engineer, PASSWORD);
        chinese.post("/locale", Map.of("lang", "zh-CN"), "Referer", chinese.base() + "/");
        assertThat(chinese.get("/projects/" + projectKey + "/sprints/" + sprint.id()).body())
                .contains("燃尽图").contains("燃起图").contains("容量").contains("规划了迭代")
                .contains("加入 1 个工作项：" + first.key());
        assertThat(chinese.get("/projects/" + projectKey + "/backlog").body()).contains("待办列表");
        assertThat(chinese.get("/projects/" + projectKey + "/standup").body()).contains("站会");
    }

    @Test
    void aSprintIsPlannedFilledStartedAndCompletedThroughTheForms() {
        var browser = signedInAdmin();
        browser.get("/projects/" + projectKey + "/sprints");

        var planned = browser.post("/projects/" + projectKey + "/sprints", Map.of("name", "Sprint 1", "goal", "Sign-up",
                "startDate", "2027-01-04", "endDate", "2027-01-15"));
        follow(browser, planned);
        SprintView sprint = sprints.sprints(admin, projectKey).getFirst();
        browser.get("/projects/" + projectKey + "/backlog");
        var added = browser.post("/projects/" + projectKey + "/backlog/move",
                Map.of("sprintId", Long.toString(sprint.id()), "items", first.key() + ":" + first.version()));
        follow(browser, added);
        var started = browser.post("/projects/" + projectKey + "/sprints/" + sprint.id() + "/start",
                Map.of("version", Long.toString(sprint.version())));
        follow(browser, started);
        SprintView active = sprints.sprint(admin, projectKey, sprint.id());
        var completed = browser.post("/projects/" + projectKey + "/sprints/" + sprint.id() + "/complete",
                Map.of("version", Long.toString(active.version()), "carryOver", "backlog"));

        assertThat(List.of(planned, added, started, completed)).allSatisfy(p -> assertThat(p.status()).isEqualTo(302));
        assertThat(started.location()).endsWith("/projects/" + projectKey + "/sprints");
        SprintView done = sprints.sprint(admin, projectKey, sprint.id());
        assertThat(done.state()).isEqualTo(SprintState.COMPLETED);
        assertThat(done.items()).extracting(BacklogItem::key, BacklogItem::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.key(), "RETURNED"));
        assertThat(sprints.backlog(admin, projectKey)).extracting(BacklogItem::key)
                .containsExactly(first.key(), second.key(), third.key());
        assertThat(follow(browser, completed).body()).contains("The sprint was completed.");
    }

    @Test
    void theBacklogIsRankedByTheScriptAndByTheRowMenu() {
        var browser = signedInAdmin();
        browser.get("/projects/" + projectKey + "/backlog");

        var dragged = browser.postJson("/projects/" + projectKey + "/backlog/moves", "{\"items\":[{\"key\":\""
                + third.key() + "\",\"version\":" + third.version() + "}],\"before\":\"" + first.key() + "\"}");
        var stale = browser.postJson("/projects/" + projectKey + "/backlog/moves", "{\"items\":[{\"key\":\""
                + third.key() + "\",\"version\":" + third.version() + "}],\"after\":\"" + first.key()
                + "\",\"before\":\"" + second.key() + "\"}");
        assertThat(dragged.status()).isEqualTo(200);
        assertThat(dragged.json().get("versions").has(third.key())).isTrue();
        assertThat(stale.status()).isEqualTo(409);
        assertThat(sprints.backlog(admin, projectKey)).extracting(BacklogItem::key)
                .containsExactly(third.key(), first.key(), second.key());
    }

    @Test
    void aBadPlanIsShownBesideTheFormAndNothingIsSaved() {
        var browser = signedInAdmin();
        browser.get("/projects/" + projectKey + "/sprints");

        var backwards = browser.post("/projects/" + projectKey + "/sprints", Map.of("name", "Backwards", "goal", "",
                "startDate", "2027-01-15", "endDate", "2027-01-04"));
        var notADate = browser.post("/projects/" + projectKey + "/sprints", Map.of("name", "Typo", "goal", "",
                "startDate", "2027-13-45", "endDate", "2027-01-04"));

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("must not be before startDate").contains("value=\"Backwards\"");
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.body()).contains("is not a date");
        assertThat(sprints.sprints(admin, projectKey)).isEmpty();
    }

    @Test
    void aSprintIsEditedWithItsVersionAndARefusalIsShownBesideTheForm() {
        SprintView sprint = sprints.plan(admin, projectKey, new SprintDraft("Sprint 1", null,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 15)));
        var browser = signedInAdmin();
        String path = "/projects/" + projectKey + "/sprints/" + sprint.id();
        browser.get(path);

        var backwards = browser.post(path, Map.of("name", "Sign-up", "goal", "", "startDate", "2027-01-15",
                "endDate", "2027-01-04", "version", Long.toString(sprint.version())));
        var saved = browser.post(path, Map.of("name", "Sign-up", "goal", "Ship it", "startDate", "2027-01-04",
                "endDate", "2027-01-22", "version", Long.toString(sprint.version())));
        var afterSave = follow(browser, saved);
        var stale = browser.post(path, Map.of("name", "Again", "goal", "", "startDate", "2027-01-04",
                "endDate", "2027-01-22", "version", Long.toString(sprint.version())));

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("must not be before startDate").contains("value=\"Sign-up\"");
        assertThat(afterSave.body()).contains("The sprint was saved.");
        assertThat(stale.status()).isEqualTo(409);
        SprintView now = sprints.sprint(admin, projectKey, sprint.id());
        assertThat(now.name()).isEqualTo("Sign-up");
        assertThat(now.goal()).isEqualTo("Ship it");
        assertThat(now.endDate()).isEqualTo(LocalDate.of(2027, 1, 22));
    }

    @Test
    void aStakeholderSeesTheSprintsWithoutFormsAndAnOutsiderSeesNothing() {
        SprintView sprint = sprints.plan(admin, projectKey, new SprintDraft("Sprint 1", null,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 15)));
        String stakeholder = newPerson();
        portfolio.addMember(admin, projectKey, stakeholder, ProjectRole.STAKEHOLDER);
        var reader = new PageSession(port);
        reader.signIn(stakeholder, PASSWORD);
        var outsider = new PageSession(port);
        outsider.signIn(newPerson(), PASSWORD);

        var list = reader.get("/projects/" + projectKey + "/sprints");
        var backlog = reader.get("/projects/" + projectKey + "/backlog");
        var start = reader.post("/projects/" + projectKey + "/sprints/" + sprint.id() + "/start",
                Map.of("version", Long.toString(sprint.version())));

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("/start\"").doesNotContain("name=\"startDate\"");
        assertThat(backlog.body()).doesNotContain("drag-handle").doesNotContain("/backlog/move\"")
                .doesNotContain("id=\"bulk-form\"");
        assertThat(start.status()).isEqualTo(403);
        assertThat(sprints.sprint(admin, projectKey, sprint.id()).state()).isEqualTo(SprintState.PLANNED);
        for (String path : List.of("/backlog", "/sprints", "/sprints/" + sprint.id(), "/standup")) {
            assertThat(outsider.get("/projects/" + projectKey + path).status()).as(path).isEqualTo(404);
        }
    }

    /** Reads the page a form's redirect points to, as a browser would. */
    private static PageSession.Page follow(PageSession browser, PageSession.Page redirect) {
        assertThat(redirect.status()).isEqualTo(302);
        return browser.get(java.net.URI.create(redirect.location()).getPath());
    }

    private PageSession signedInAdmin() {
        var browser = new PageSession(port);
        assertThat(browser.signIn("admin", ADMIN_PASSWORD).status()).isEqualTo(302);
        return browser;
    }

    private String newPerson() {
        String username = "u" + unique();
        identity.create(admin, new PersonDraft(username, "Person " + username, username + "@example.com", PASSWORD,
                "en", null, null, null, null));
        return username;
    }

    private static ItemFields story(String title, int points) {
        return new ItemFields("story", title, null, null, null, null, null, null, null, null,
                BigDecimal.valueOf(points), null, null, null, null, null, null, null, Set.of());
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
