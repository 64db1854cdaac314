package dev.tandem.ui;

import dev.tandem.support.TeamProject;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonDraft;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages over real HTTP, as a browser uses them: sessions, CSRF, permissions, languages and refusals. */
@TandemIntegrationTest
class PagesIntegrationTests {

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

    Actor admin;
    String projectKey;
    ItemView item;

    @BeforeEach
    void aProjectWithTwoItems() {
        var team = TeamProject.open(identity, portfolio, "Pages");
        admin = team.admin();
        projectKey = team.key();
        item = items.create(admin, projectKey, fields("task", "Design the API"));
        items.create(admin, projectKey, fields("milestone", "Go live"));
    }

    @Test
    void signingInWithTheFormAndItsCsrfTokenOpensTheProjectList() {
        var browser = new PageSession(port);

        var signIn = browser.signIn("admin", ADMIN_PASSWORD);
        var projects = browser.get("/");

        assertThat(signIn.status()).isEqualTo(302);
        assertThat(signIn.location()).endsWith("/");
        assertThat(projects.status()).isEqualTo(200);
        assertThat(projects.body()).contains("Pages " + projectKey);
    }

    @Test
    void aWrongPasswordIsToldOnTheSignInPage() {
        var browser = new PageSession(port);

        var signIn = browser.signIn("admin", "not-the-password");
        var page = browser.get("/signin?error", "Accept-Language", "en");

        assertThat(signIn.location()).endsWith("/signin?error");
        assertThat(page.body()).contains("The username or password is wrong.");
    }

    @Test
    void pagesNeedASignIn() {
        var page = new PageSession(port).get("/projects/" + projectKey);

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/signin");
    }

    @Test
    void everyPageRendersForAnAdmin() {
        var browser = signedInAdmin();
        String itemKey = item.key();
        List<String> pages = List.of("/", "/projects/new", "/projects/" + projectKey,
                "/projects/" + projectKey + "/items", "/projects/" + projectKey + "/items?type=task&text=design",
                "/projects/" + projectKey + "/items/new", "/items/" + itemKey,
                "/projects/" + projectKey + "/members", "/projects/" + projectKey + "/sync",
                "/projects/" + projectKey + "/sync?week=2027-W02", "/people", "/people/admin", "/account", "/audit",
                "/audit?targetType=WorkItem&target=" + itemKey);

        for (String path : pages) {
            var page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<main id=\"content\">").doesNotContain("??");
        }
    }

    @Test
    void theItemPageShowsFieldsRenderedMarkdownDependenciesAndHistory() {
        ItemView second = items.create(admin, projectKey, fields("task", "Build the API"));
        items.update(admin, second.key(), new ItemFields(null, null, "Uses **bold** and <script>alert(1)</script>",
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null),
                second.version());
        var browser = signedInAdmin();

        var added = browser.post("/items/" + second.key() + "/dependencies",
                Map.of("predecessor", item.key(), "type", "FS", "lagDays", "2"));
        var page = browser.get("/items/" + second.key());

        assertThat(added.status()).isEqualTo(302);
        assertThat(page.body())
                .contains("<strong>bold</strong>")
                .doesNotContain("<script>alert(1)</script>")
                .contains("href=\"/items/" + item.key() + "\"")
                .contains(item.key() + " FS +2d");
    }

    @Test
    void theItemListFiltersAndAnswersHtmxWithOnlyTheResults() {
        var browser = signedInAdmin();

        var milestones = browser.get("/projects/" + projectKey + "/items?type=milestone", "HX-Request", "true");

        assertThat(milestones.status()).isEqualTo(200);
        assertThat(milestones.body()).contains("Go live").doesNotContain("Design the API").doesNotContain("<html");
    }

    @Test
    void aPersonOutsideTheProjectIsToldItDoesNotExist() {
        String username = newPerson();
        var browser = new PageSession(port);
        browser.signIn(username, PASSWORD);

        assertThat(browser.get("/projects/" + projectKey).status()).isEqualTo(404);
        assertThat(browser.get("/items/" + item.key()).status()).isEqualTo(404);
        assertThat(browser.get("/projects/" + projectKey + "/items").status()).isEqualTo(404);
        assertThat(browser.get("/projects/" + projectKey + "/forecast-panel").status()).isEqualTo(404);
    }

    @Test
    void anItemIsMarkedMajorTechnicalFromItsPage() {
        var browser = signedInAdmin();
        browser.get("/items/" + item.key());
        var marked = browser.post("/items/" + item.key() + "/major-technical",
                Map.of("major", "true", "version", Long.toString(item.version())));
        assertThat(marked.status()).isEqualTo(302);
        assertThat(items.get(admin, item.key()).majorTechnical()).isTrue();
        assertThat(browser.get("/items/" + item.key()).body()).contains("Major technical");

        var stale = browser.post("/items/" + item.key() + "/major-technical",
                Map.of("major", "false", "version", Long.toString(item.version())));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(items.get(admin, item.key()).majorTechnical()).isTrue();
    }

    @Test
    void theOverviewLoadsTheMilestoneForecastIntoItself() {
        var browser = signedInAdmin();
        var overview = browser.get("/projects/" + projectKey);
        assertThat(overview.body()).contains("/projects/" + projectKey + "/forecast-panel");

        var panel = browser.get("/projects/" + projectKey + "/forecast-panel", "HX-Request", "true");
        assertThat(panel.status()).isEqualTo(200);
        assertThat(panel.body()).contains("Go live").contains("2027-01-04").doesNotContain("<main");
    }

    @Test
    void aStakeholderMayReadButNotEditAnItem() {
        String username = newPerson();
        portfolio.addMember(admin, projectKey, username, ProjectRole.STAKEHOLDER);
        var browser = new PageSession(port);
        browser.signIn(username, PASSWORD);

        var page = browser.get("/items/" + item.key());
        var edit = browser.post("/items/" + item.key(), editForm(Map.of("title", "Taken over")));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("action=\"/items/" + item.key() + "\"");
        assertThat(edit.status()).isEqualTo(403);
        assertThat(items.get(admin, item.key()).title()).isEqualTo("Design the API");
    }

    @Test
    void theLanguageSwitchTranslatesThePagesAndIsRememberedAtTheNextSignIn() {
        String username = newPerson();
        portfolio.addMember(admin, projectKey, username, ProjectRole.ENGINEER);
        var browser = new PageSession(port);
        browser.signIn(username, PASSWORD);
        browser.get("/projects/" + projectKey);

        var switched = browser.post("/locale", Map.of("lang", "zh-CN"),
                "Referer", browser.base() + "/projects/" + projectKey);
        var overview = browser.get("/projects/" + projectKey);
        browser.post("/signout", Map.of());
        var again = new PageSession(port);
        again.signIn(username, PASSWORD);
        var list = again.get("/");

        assertThat(switched.location()).endsWith("/projects/" + projectKey);
        assertThat(overview.body()).contains("lang=\"zh-CN\"").contains("按状态统计").contains("待办池");
        assertThat(list.body()).contains("<title>项目 · Tandem</title>").contains("工程师");
    }

    @Test
    void peopleAppearWithTheirInitialsOnAColourOfTheirOwnOnTheItemBoardAndMembersPages() {
        String username = newPerson();
        portfolio.addMember(admin, projectKey, username, ProjectRole.ENGINEER);
        items.update(admin, item.key(), new ItemFields(null, null, null, null, null, null, null, username, null,
                null, null, null, null, null, null, null, null, null, null), item.version());
        String avatar = "class=\"avatar " + dev.tandem.system.Avatars.colour("Person " + username)
                + "\" title=\"Person " + username + "\">PU</span>";
        var browser = new PageSession(port);
        browser.signIn(username, PASSWORD);
        items.addComment(new Actor(identity.get(username).id(), username, identity.get(username).orgRole()),
                item.key(), "Looks good");

        assertThat(browser.get("/items/" + item.key()).body()).contains(avatar);
        assertThat(browser.get("/projects/" + projectKey + "/board").body()).contains(avatar);
        assertThat(browser.get("/projects/" + projectKey + "/members").body()).contains(avatar);
    }

    @Test
    void theLanguageSwitchDoesNotRedirectToAnotherSite() {
        var browser = new PageSession(port);
        browser.get("/signin");

        var switched = browser.post("/locale", Map.of("lang", "en"), "Referer", "https://evil.example/phish");

        assertThat(switched.location()).isEqualTo(browser.base() + "/");
    }

    @Test
    void anInvalidEditShowsTheReasonBesideTheFormAndSavesNothing() {
        var browser = signedInAdmin();
        browser.get("/items/" + item.key());

        var refused = browser.post("/items/" + item.key(), editForm(Map.of("title", "Renamed",
                "plannedStart", "2027-03-01", "plannedFinish", "2027-02-01")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("must not be before plannedStart").contains("value=\"Renamed\"");
        ItemView unchanged = items.get(admin, item.key());
        assertThat(unchanged.title()).isEqualTo("Design the API");
        assertThat(unchanged.plannedStart()).isNull();
        assertThat(unchanged.version()).isEqualTo(item.version());
    }

    @Test
    void aStaleEditIsRefusedWithConflict() {
        var browser = signedInAdmin();
        items.update(admin, item.key(), new ItemFields(null, "Changed meanwhile", null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null), item.version());

        var refused = browser.post("/items/" + item.key(), editForm(Map.of("title", "My change")));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("changed by someone else");
        assertThat(items.get(admin, item.key()).title()).isEqualTo("Changed meanwhile");
    }

    @Test
    void aCycleIsRefusedWithItsPathAndNothingIsLinked() {
        ItemView second = items.create(admin, projectKey, fields("task", "Build the API"));
        items.addDependency(admin, second.key(), item.key(), "FS", 0);
        var browser = signedInAdmin();

        var refused = browser.post("/items/" + item.key() + "/dependencies",
                Map.of("predecessor", second.key(), "type", "FS", "lagDays", "0"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains(item.key() + " → " + second.key());
        assertThat(items.dependencies(admin, item.key())).hasSize(1);
    }

    @Test
    void anEmptiedInputClearsTheField() {
        items.update(admin, item.key(), new ItemFields(null, null, null, null, null, null, null, null, null,
                Set.of("api"), null, null, null, null, null, null, null, LocalDate.of(2027, 5, 1), null),
                item.version());
        var browser = signedInAdmin();

        var saved = browser.post("/items/" + item.key(), editForm(Map.of("version", "1")));

        assertThat(saved.status()).isEqualTo(302);
        ItemView cleared = items.get(admin, item.key());
        assertThat(cleared.labels()).isEmpty();
        assertThat(cleared.dueDate()).isNull();
        assertThat(cleared.title()).isEqualTo("Design the API");
    }

    private PageSession signedInAdmin() {
        var browser = new PageSession(port);
        assertThat(browser.signIn("admin", ADMIN_PASSWORD).status()).isEqualTo(302);
        return browser;
    }

    /** The edit form as the item page sends it: every field, with the item's current values unless overridden. */
    private Map<String, String> editForm(Map<String, String> overrides) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", Long.toString(item.version()));
        form.put("type", "task");
        form.put("title", "Design the API");
        form.put("status", "Backlog");
        form.put("priority", "medium");
        for (String empty : List.of("description", "assignee", "parent", "labels", "blockedReason", "storyPoints",
                "estimateHours", "optimisticDays", "mostLikelyDays", "pessimisticDays", "plannedStart",
                "plannedFinish", "dueDate")) {
            form.put(empty, "");
        }
        form.putAll(overrides);
        return form;
    }

    private String newPerson() {
        String username = "u" + unique();
        identity.create(admin, new PersonDraft(username, "Person " + username, username + "@example.com", PASSWORD,
                "en", null, null, null, null));
        return username;
    }

    private static ItemFields fields(String type, String title) {
        return new ItemFields(type, title, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
