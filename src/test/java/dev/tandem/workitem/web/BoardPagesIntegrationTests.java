package dev.tandem.workitem.web;

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
import dev.tandem.workitem.internal.BoardManagement;
import dev.tandem.workitem.internal.BoardView;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The board page and its session endpoints over real HTTP: moves, refusals, permissions and the WIP settings. */
@TandemIntegrationTest
class BoardPagesIntegrationTests {

    private static final String ADMIN_PASSWORD = "test-admin-password-0";
    private static final String PASSWORD = "a-long-test-password-1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    WorkItemManagement items;
    @Autowired
    BoardManagement boards;

    Actor admin;
    String key;
    ItemView a;
    ItemView b;
    ItemView c;

    @BeforeEach
    void aProjectWithThreeCards() {
        var team = TeamProject.open(identity, portfolio, "Board");
        admin = team.admin();
        key = team.key();
        a = task("Write the ledger");
        b = task("Settle the batch");
        c = task("Reconcile the day");
    }

    @Test
    void theBoardPageShowsEveryColumnAndCardAndTheSettingsToThoseWhoManageTheBoard() {
        var pm = member(ProjectRole.PM);

        var page = pm.get("/projects/" + key + "/board");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-status=\"Backlog\"", "data-status=\"Done\"")
                .contains("data-key=\"" + a.key() + "\"", "data-key=\"" + c.key() + "\"")
                .contains("Board settings", "/projects/" + key + "/board/settings")
                .contains("class=\"card-move\"");
    }

    @Test
    void theCardsFragmentIsOnlyTheBoardForThePageToSwapIn() {
        var engineer = member(ProjectRole.ENGINEER);

        var fragment = engineer.get("/projects/" + key + "/board/cards?lanes=assignee");

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).startsWith("<div id=\"board\"").doesNotContain("<html")
                .contains("data-key=\"" + b.key() + "\"", "data-lanes=\"assignee\"", "Unassigned");
    }

    @Test
    void aLongColumnShowsItsFirstCardsWithItsWholeCountAndTheRestOnDemand() {
        for (int i = 4; i <= 40; i++) {
            task("Card " + i);
        }
        var engineer = member(ProjectRole.ENGINEER);

        var page = engineer.get("/projects/" + key + "/board");

        assertThat(page.status()).isEqualTo(200);
        assertThat(count(page.body(), "class=\"board-card")).isEqualTo(BoardLayout.FIRST_CARDS);
        assertThat(page.body()).contains("40 items, no WIP limit")
                .contains("class=\"board-more\"", "Show 10 more (10 not shown)", "data-next=\"40\"")
                .contains("data-key=\"" + a.key() + "\"");

        var more = engineer.get("/projects/" + key + "/board/cards?showLane=all&showStatus=Backlog&showCount=40");
        assertThat(count(more.body(), "class=\"board-card")).isEqualTo(40);
        assertThat(more.body()).doesNotContain("class=\"board-more\"");

        var everything = engineer.get("/projects/" + key + "/board/cards?all=true");
        assertThat(count(everything.body(), "class=\"board-card")).isEqualTo(40);
    }

    @Test
    void aMoveChangesColumnAndPlaceAndAnswersTheCardsNewVersion() throws Exception {
        var engineer = member(ProjectRole.ENGINEER);
        engineer.get("/projects/" + key + "/board");
        assertThat(move(engineer, a, "In progress", null, null).status()).isEqualTo(200);

        var moved = move(engineer, c, "In progress", a.key(), null);

        assertThat(moved.status()).isEqualTo(200);
        JsonNode body = JSON.readTree(moved.body());
        ItemView stored = items.get(admin, c.key());
        assertThat(body.get("item").asString()).isEqualTo(c.key());
        assertThat(body.get("status").asString()).isEqualTo("In progress");
        assertThat(body.get("version").asLong()).isEqualTo(stored.version()).isGreaterThan(c.version());
        assertThat(stored.status()).isEqualTo("In progress");
        assertThat(column("In progress")).containsExactly(a.key(), c.key());
    }

    @Test
    void aMoveWithinAColumnRanksTheCardBetweenItsNeighbours() throws Exception {
        var engineer = member(ProjectRole.ENGINEER);
        engineer.get("/projects/" + key + "/board");

        var moved = move(engineer, c, null, a.key(), b.key());

        assertThat(moved.status()).isEqualTo(200);
        assertThat(column("Backlog")).containsExactly(a.key(), c.key(), b.key());
    }

    @Test
    void aHardWipLimitRefusesTheMoveNamingTheColumnAndItsLimitAndSavesNothing() throws Exception {
        boards.configure(admin, key, true, Map.of("In progress", 1), 0L);
        var engineer = member(ProjectRole.ENGINEER);
        engineer.get("/projects/" + key + "/board");
        assertThat(move(engineer, a, "In progress", null, null).status()).isEqualTo(200);

        var refused = move(engineer, b, "In progress", a.key(), null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains("In progress").contains("1");
        ItemView stored = items.get(admin, b.key());
        assertThat(stored.status()).isEqualTo("Backlog");
        assertThat(stored.version()).isEqualTo(b.version());
        assertThat(column("In progress")).containsExactly(a.key());
    }

    @Test
    void aMoveWithAStaleVersionIsRefusedWith409AndSavesNothing() throws Exception {
        var engineer = member(ProjectRole.ENGINEER);
        engineer.get("/projects/" + key + "/board");
        items.move(admin, a.key(), null, c.key(), null, a.version());
        long current = items.get(admin, a.key()).version();

        var refused = engineer.postJson("/projects/" + key + "/board/move",
                "{\"item\":\"" + a.key() + "\",\"status\":\"Done\",\"version\":" + a.version() + "}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains("changed by someone else");
        assertThat(items.get(admin, a.key()).status()).isEqualTo("Backlog");
        assertThat(items.get(admin, a.key()).version()).isEqualTo(current);
    }

    @Test
    void aStakeholderSeesTheBoardWithoutMoveControlsAndMayNotMoveACard() {
        var stakeholder = member(ProjectRole.STAKEHOLDER);

        var page = stakeholder.get("/projects/" + key + "/board");
        var refused = move(stakeholder, a, "In progress", null, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-key=\"" + a.key() + "\"").doesNotContain("class=\"card-move\"")
                .doesNotContain("/board/settings").contains("data-may-move=\"false\"");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(items.get(admin, a.key()).status()).isEqualTo("Backlog");
    }

    @Test
    void someoneOutsideTheProjectFindsNeitherTheBoardNorItsCards() {
        var outsider = PageSession.signedIn(port, newPerson(), PASSWORD);

        assertThat(outsider.get("/projects/" + key + "/board").status()).isEqualTo(404);
        assertThat(outsider.get("/projects/" + key + "/board/cards").status()).isEqualTo(404);
        assertThat(move(outsider, a, "In progress", null, null).status()).isEqualTo(404);
        assertThat(items.get(admin, a.key()).status()).isEqualTo("Backlog");
    }

    @Test
    void aCardOfAnotherProjectIsNotOnThisBoard() {
        String other = "K" + unique().toUpperCase();
        portfolio.createProject(admin, other, "Other " + other, null, null, LocalDate.of(2027, 1, 4));
        var session = PageSession.signedIn(port, "admin", ADMIN_PASSWORD);
        session.get("/projects/" + other + "/board");

        var refused = session.postJson("/projects/" + other + "/board/move",
                "{\"item\":\"" + a.key() + "\",\"status\":\"Done\",\"version\":" + a.version() + "}");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(items.get(admin, a.key()).status()).isEqualTo("Backlog");
    }

    @Test
    void aMoveWithoutTheSessionsCsrfTokenIsRefused() {
        var engineer = member(ProjectRole.ENGINEER);
        engineer.get("/projects/" + key + "/board");

        var refused = engineer.postJson("/projects/" + key + "/board/move",
                "{\"item\":\"" + a.key() + "\",\"status\":\"Done\",\"version\":" + a.version() + "}", false);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(items.get(admin, a.key()).status()).isEqualTo("Backlog");
    }

    @Test
    void theSettingsFormSavesWipLimitsAndTheHardStop() {
        var em = member(ProjectRole.EM);
        em.get("/projects/" + key + "/board");

        var saved = em.post("/projects/" + key + "/board/settings", settings(0L, true, "", "3", "2"));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/projects/" + key + "/board");
        BoardView board = boards.board(admin, key);
        assertThat(board.wipHardLimit()).isTrue();
        assertThat(board.columns()).extracting(BoardView.Column::wipLimit).containsExactly(null, 3, 2, null, null);
        assertThat(em.get(java.net.URI.create(saved.location()).getPath()).body()).contains("The board settings were saved.")
                .contains("WIP limits are hard stops on this board");
    }

    @Test
    void aRefusedSettingsFormIsShownAgainWithTheProblem() {
        var em = member(ProjectRole.EM);
        em.get("/projects/" + key + "/board");

        var refused = em.post("/projects/" + key + "/board/settings", settings(0L, false, "0", "", ""));
        var stale = em.post("/projects/" + key + "/board/settings", settings(7L, false, "", "", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("must be between 1 and 999");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("changed by someone else");
        assertThat(boards.board(admin, key).columns()).extracting(BoardView.Column::wipLimit).containsOnlyNulls();
    }

    @Test
    void anEngineerMayNotChangeTheBoardSettings() {
        var engineer = member(ProjectRole.ENGINEER);
        var page = engineer.get("/projects/" + key + "/board");

        var refused = engineer.post("/projects/" + key + "/board/settings", settings(0L, true, "", "1", ""));

        assertThat(page.body()).doesNotContain("/board/settings");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(boards.board(admin, key).wipHardLimit()).isFalse();
    }

    private Map<String, Object> settings(long version, boolean hard, String... firstLimits) {
        List<String> statuses = boards.board(admin, key).columns().stream().map(BoardView.Column::status).toList();
        List<String> limits = new java.util.ArrayList<>(List.of(firstLimits));
        while (limits.size() < statuses.size()) {
            limits.add("");
        }
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("version", version);
        form.put("status", statuses);
        form.put("limit", limits);
        if (hard) {
            form.put("wipHardLimit", "true");
        }
        return form;
    }

    private PageSession.Page move(PageSession session, ItemView item, String status, String after,
                                     String before) {
        return session.postJson("/projects/" + key + "/board/move", "{\"item\":\"" + item.key() + "\",\"status\":"
                + quoted(status) + ",\"after\":" + quoted(after) + ",\"before\":" + quoted(before) + ",\"version\":"
                + items.get(admin, item.key()).version() + "}");
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private List<String> column(String status) {
        return boards.board(admin, key).columns().stream().filter(col -> col.status().equals(status)).findFirst()
                .orElseThrow().cards().stream().map(BoardView.Card::key).toList();
    }

    private PageSession member(ProjectRole role) {
        String username = newPerson();
        portfolio.addMember(admin, key, username, role);
        return PageSession.signedIn(port, username, PASSWORD);
    }

    private String newPerson() {
        String username = "u" + unique();
        identity.create(admin, new PersonDraft(username, "Person " + username, username + "@example.com", PASSWORD,
                "en", null, null, null, null));
        return username;
    }

    private ItemView task(String title) {
        return items.create(admin, key, new ItemFields("task", title, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null));
    }

    private static int count(String text, String marker) {
        int count = 0;
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
            count++;
        }
        return count;
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
