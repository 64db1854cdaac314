package dev.tandem.sprint.web;

import dev.tandem.support.TeamProject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonDraft;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.shared.Actor;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import dev.tandem.sprint.BacklogItem;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.sprint.SprintDraft;
import dev.tandem.sprint.SprintManagement;
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

/**
 * The backlog page's sections: items dragged or sent through the row menu and the bulk bar into a sprint, out of it
 * and between sprints, with their versions, all or nothing, as the project role allows; and the item page's sprint
 * edited in place.
 */
@TandemIntegrationTest
class BacklogMovesIntegrationTests {

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
    String moves;
    ItemView first;
    ItemView second;
    ItemView third;
    SprintView sprint1;
    SprintView sprint2;

    @BeforeEach
    void aProjectWithABacklogAndTwoPlannedSprints() {
        var team = TeamProject.open(identity, portfolio, "Backlog");
        admin = team.admin();
        projectKey = team.key();
        moves = "/projects/" + projectKey + "/backlog/moves";
        first = items.create(admin, projectKey, story("Sign-up form", 3));
        second = items.create(admin, projectKey, story("Email check", 5));
        third = items.create(admin, projectKey, story("Password rules", 2));
        sprint1 = sprints.plan(admin, projectKey, new SprintDraft("Sprint 1", null,
                LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 15)));
        sprint2 = sprints.plan(admin, projectKey, new SprintDraft("Sprint 2", null,
                LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 29)));
    }

    @Test
    void severalItemsGoIntoASprintInOneRequestAndBackToTheBacklog() {
        var browser = signedIn("admin", ADMIN_PASSWORD);

        var moved = browser.postJson(moves, "{\"items\":[" + ref(first) + "," + ref(second) + "],\"to\":\""
                + sprint1.id() + "\"}");

        assertThat(moved.status()).isEqualTo(200);
        assertThat(keys(sprint1)).containsExactly(first.key(), second.key());
        assertThat(backlog()).containsExactly(third.key());
        long firstVersion = moved.json().get("versions").get(first.key()).asLong();
        long secondVersion = moved.json().get("versions").get(second.key()).asLong();
        assertThat(firstVersion).isEqualTo(items.get(admin, first.key()).version()).isGreaterThan(first.version());

        var back = browser.postJson(moves, "{\"items\":[{\"key\":\"" + first.key() + "\",\"version\":" + firstVersion
                + "},{\"key\":\"" + second.key() + "\",\"version\":" + secondVersion + "}],\"to\":\"backlog\"}");

        assertThat(back.status()).isEqualTo(200);
        assertThat(keys(sprint1)).isEmpty();
        assertThat(backlog()).containsExactly(first.key(), second.key(), third.key());
        assertThat(items.history(admin, first.key())).filteredOn(h -> h.field().equals("sprint"))
                .extracting(h -> h.oldValue() + " → " + h.newValue()).containsExactly("null → Sprint 1", "Sprint 1 → null");
    }

    @Test
    void aMoveOfSeveralItemsIsAllOrNothing() {
        var browser = signedIn("admin", ADMIN_PASSWORD);
        ItemView changed = items.update(admin, second.key(), story("Email check again", 5), second.version());
        ItemView epic = items.create(admin, projectKey, new ItemFields("epic", "Accounts", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, Set.of()));

        var stale = browser.postJson(moves, "{\"items\":[" + ref(first) + "," + ref(second) + "],\"to\":\""
                + sprint1.id() + "\"}");
        var withAnEpic = browser.postJson(moves, "{\"items\":[" + ref(first) + "," + ref(epic) + "],\"to\":\""
                + sprint1.id() + "\"}");
        var empty = browser.postJson(moves, "{\"items\":[],\"to\":\"" + sprint1.id() + "\"}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains(second.key());
        assertThat(withAnEpic.status()).isEqualTo(400);
        assertThat(withAnEpic.json().get("detail").asString()).contains("epic");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(keys(sprint1)).isEmpty();
        assertThat(items.get(admin, first.key()).version()).isEqualTo(first.version());
        assertThat(items.get(admin, second.key()).version()).isEqualTo(changed.version());
    }

    @Test
    void aDraggedItemLandsInTheSprintAtItsPlaceAndMovesOnBetweenSprints() {
        sprints.addItem(admin, projectKey, sprint1.id(), first.key(), first.version());
        sprints.addItem(admin, projectKey, sprint1.id(), second.key(), second.version());
        var browser = signedIn("admin", ADMIN_PASSWORD);

        var placed = browser.postJson(moves, "{\"items\":[" + ref(third) + "],\"to\":\"" + sprint1.id()
                + "\",\"after\":\"" + first.key() + "\",\"before\":\"" + second.key() + "\"}");

        assertThat(placed.status()).isEqualTo(200);
        assertThat(keys(sprint1)).containsExactly(first.key(), third.key(), second.key());
        long version = placed.json().get("versions").get(third.key()).asLong();
        assertThat(version).isEqualTo(items.get(admin, third.key()).version());

        var onward = browser.postJson(moves, "{\"items\":[{\"key\":\"" + third.key() + "\",\"version\":" + version
                + "}],\"to\":\"" + sprint2.id() + "\"}");

        assertThat(onward.status()).isEqualTo(200);
        assertThat(keys(sprint1)).containsExactly(first.key(), second.key());
        assertThat(keys(sprint2)).containsExactly(third.key());
    }

    @Test
    void aCompletedSprintTakesNothingAndAStaleRankChangesNothing() {
        sprints.addItem(admin, projectKey, sprint1.id(), first.key(), first.version());
        sprints.start(admin, projectKey, sprint1.id(), sprints.sprint(admin, projectKey, sprint1.id()).version());
        sprints.complete(admin, projectKey, sprint1.id(), "backlog",
                sprints.sprint(admin, projectKey, sprint1.id()).version());
        var browser = signedIn("admin", ADMIN_PASSWORD);

        var intoCompleted = browser.postJson(moves, "{\"items\":[" + ref(second) + "],\"to\":\"" + sprint1.id() + "\"}");
        var staleRank = browser.postJson(moves, "{\"items\":[{\"key\":\"" + third.key() + "\",\"version\":"
                + (third.version() + 7) + "}],\"before\":\"" + second.key() + "\"}");

        assertThat(intoCompleted.status()).isEqualTo(409);
        assertThat(intoCompleted.json().get("detail").asString()).contains("completed");
        assertThat(staleRank.status()).isEqualTo(409);
        assertThat(backlog()).containsExactly(first.key(), second.key(), third.key());
    }

    @Test
    void anEngineerRanksButDoesNotPlanAViewerDoesNeitherAndAnOutsiderSeesNothing() {
        String engineer = newPerson();
        portfolio.addMember(admin, projectKey, engineer, ProjectRole.ENGINEER);
        String stakeholder = newPerson();
        portfolio.addMember(admin, projectKey, stakeholder, ProjectRole.STAKEHOLDER);
        var engineerSession = signedIn(engineer, PASSWORD);
        var viewer = signedIn(stakeholder, PASSWORD);
        var outsider = signedIn(newPerson(), PASSWORD);
        String intoSprint = "{\"items\":[" + ref(first) + "],\"to\":\"" + sprint1.id() + "\"}";
        String toTop = "{\"items\":[" + ref(third) + "],\"before\":\"" + first.key() + "\"}";

        assertThat(engineerSession.postJson(moves, intoSprint).status()).isEqualTo(403);
        assertThat(viewer.postJson(moves, intoSprint).status()).isEqualTo(403);
        assertThat(viewer.postJson(moves, toTop).status()).isEqualTo(403);
        assertThat(outsider.postJson(moves, intoSprint).status()).isEqualTo(404);
        assertThat(outsider.postJson(moves, toTop).status()).isEqualTo(404);
        assertThat(keys(sprint1)).isEmpty();
        assertThat(backlog()).containsExactly(first.key(), second.key(), third.key());

        var ranked = engineerSession.postJson(moves, toTop);
        assertThat(ranked.status()).isEqualTo(200);
        assertThat(backlog()).containsExactly(third.key(), first.key(), second.key());
        assertThat(engineerSession.get("/projects/" + projectKey + "/backlog").body())
                .contains("data-may-rank=\"true\"").contains("data-may-plan=\"false\"");
    }

    @Test
    void withoutScriptTheRowMenuAndTheBulkBarMoveItemsThroughForms() {
        var browser = signedIn("admin", ADMIN_PASSWORD);
        var page = browser.get("/projects/" + projectKey + "/backlog");
        assertThat(page.body()).contains("Sprint 1").contains("Sprint 2").contains("id=\"bulk-form\"")
                .contains("class=\"row-menu\"");

        var bulk = browser.post("/projects/" + projectKey + "/backlog/move", Map.of("sprintId",
                Long.toString(sprint2.id()), "items", List.of(first.key() + ":" + first.version(),
                        second.key() + ":" + second.version())));
        assertThat(bulk.status()).isEqualTo(302);
        assertThat(keys(sprint2)).containsExactly(first.key(), second.key());
        assertThat(browser.get("/projects/" + projectKey + "/backlog").body()).contains("2 items were moved.");

        var stale = browser.post("/projects/" + projectKey + "/backlog/move", Map.of("sprintId", "",
                "items", List.of(first.key() + ":" + first.version())));
        var garbled = browser.post("/projects/" + projectKey + "/backlog/move", Map.of("sprintId", "",
                "items", List.of(first.key())));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains(first.key());
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(keys(sprint2)).containsExactly(first.key(), second.key());

        ItemView now = items.get(admin, first.key());
        var out = browser.post("/projects/" + projectKey + "/backlog/move", Map.of("sprintId", "",
                "items", List.of(first.key() + ":" + now.version())));
        assertThat(out.status()).isEqualTo(302);
        assertThat(keys(sprint2)).containsExactly(second.key());
    }

    @Test
    void theItemPageSetsTheSprintInPlaceWithItsVersion() {
        var browser = signedIn("admin", ADMIN_PASSWORD);
        String inline = "/items/" + first.key() + "/inline";
        assertThat(browser.get("/items/" + first.key()).body()).contains("id=\"sprint\"").contains("Sprint 2");

        var into = browser.postJson(inline, "{\"field\":\"sprint\",\"value\":\"" + sprint2.id() + "\",\"version\":"
                + first.version() + "}");
        assertThat(into.status()).isEqualTo(200);
        assertThat(into.json().get("display").asString()).isEqualTo("Sprint 2");
        assertThat(into.json().get("values").get("sprint").asString()).isEqualTo(Long.toString(sprint2.id()));
        assertThat(keys(sprint2)).containsExactly(first.key());

        var stale = browser.postJson(inline, "{\"field\":\"sprint\",\"value\":\"\",\"version\":" + first.version() + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("value").asString()).isEqualTo(Long.toString(sprint2.id()));
        assertThat(stale.json().get("message").asString()).contains("Sprint 2");

        var undo = browser.postJson(inline, "{\"field\":\"sprint\",\"value\":\"\",\"version\":"
                + into.json().get("version").asLong() + "}");
        assertThat(undo.status()).isEqualTo(200);
        assertThat(undo.json().get("value").asString()).isEmpty();
        assertThat(keys(sprint2)).isEmpty();
        assertThat(backlog()).contains(first.key());

        var notASprint = browser.postJson(inline, "{\"field\":\"sprint\",\"value\":\"soon\",\"version\":"
                + undo.json().get("version").asLong() + "}");
        assertThat(notASprint.status()).isEqualTo(400);
        String stakeholder = newPerson();
        portfolio.addMember(admin, projectKey, stakeholder, ProjectRole.STAKEHOLDER);
        assertThat(signedIn(stakeholder, PASSWORD).postJson(inline, "{\"field\":\"sprint\",\"value\":\""
                + sprint2.id() + "\",\"version\":" + undo.json().get("version").asLong() + "}").status()).isEqualTo(403);
        assertThat(keys(sprint2)).isEmpty();
    }

    private List<String> keys(SprintView sprint) {
        return sprints.sprint(admin, projectKey, sprint.id()).items().stream().map(BacklogItem::key).toList();
    }

    private List<String> backlog() {
        return sprints.backlog(admin, projectKey).stream().map(BacklogItem::key).toList();
    }

    private static String ref(ItemView item) {
        return "{\"key\":\"" + item.key() + "\",\"version\":" + item.version() + "}";
    }

    private PageSession signedIn(String username, String password) {
        var browser = new PageSession(port);
        assertThat(browser.signIn(username, password).status()).isEqualTo(302);
        browser.get("/");
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
