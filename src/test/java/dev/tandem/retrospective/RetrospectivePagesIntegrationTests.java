package dev.tandem.retrospective;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The retrospective board, the templates pages and a project's process page, in English and Chinese. */
@TandemIntegrationTest
class RetrospectivePagesIntegrationTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void aRetrospectiveRunsOnItsBoardFromCardsToAWorkItem() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person engineer = api.newPerson();
        Person quiet = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        api.addMember(project, quiet.username(), "ENGINEER");
        PageSession browser = PageSession.signedIn(port, engineer.username(), engineer.password());
        String list = "/projects/" + project + "/retrospectives";

        var empty = browser.get(list, "Accept-Language", "en");
        var opened = browser.post(list, Map.of("title", "Sprint 4 retrospective", "kind", "SPRINT",
                "format", "FOUR_LS", "votesPerPerson", "1", "maxVotesPerTarget", "1"));
        String board = opened.location().replaceFirst("^https?://[^/]+", "");
        var named = browser.post(board + "/cards", Map.of("column", "LIKED", "body", "Short stand-ups"));
        PageSession quietBrowser = PageSession.signedIn(port, quiet.username(), quiet.password());
        quietBrowser.get(board);
        var anonymous = quietBrowser.post(board + "/cards", Map.of("column", "LACKED", "body", "Time to refactor",
                "anonymous", "true"));
        var badColumn = browser.post(board + "/cards", Map.of("column", "MAD", "body", "Wrong column"));
        var collecting = browser.get(board);

        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("Open a retrospective", "href=\"/projects/" + project + "/retrospectives\"");
        assertThat(opened.status()).isEqualTo(302);
        assertThat(named.status()).isEqualTo(302);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(badColumn.status()).isEqualTo(400);
        assertThat(badColumn.body()).contains("LIKED, LEARNED, LACKED, LONGED_FOR");
        assertThat(collecting.body()).contains("Liked", "Learned", "Lacked", "Longed for", "Short stand-ups",
                "Time to refactor", "Anonymous", engineer.username()).doesNotContain(quiet.username());

        for (String stage : List.of("GROUP", "VOTE")) {
            long version = api.get(engineer.token(), "/api/v1" + board).number("version");
            assertThat(browser.post(board + "/stage", Map.of("stage", stage, "version", String.valueOf(version)))
                    .status()).isEqualTo(302);
        }
        JsonNode cards = api.get(engineer.token(), "/api/v1" + board).json().get("columns");
        String liked = cards.get(0).get("cards").get(0).get("id").asString();
        String lacked = cards.get(2).get("cards").get(0).get("id").asString();
        var voted = browser.post(board + "/votes", Map.of("card", lacked));
        var overLimit = browser.post(board + "/votes", Map.of("card", liked));
        assertThat(voted.status()).isEqualTo(302);
        assertThat(overLimit.status()).isEqualTo(400);
        assertThat(overLimit.body()).contains("each person has 1");

        long version = api.get(engineer.token(), "/api/v1" + board).number("version");
        browser.post(board + "/stage", Map.of("stage", "DISCUSS", "version", String.valueOf(version)));
        var action = browser.post(board + "/actions", Map.of("title", "Book a refactoring day", "owner",
                quiet.username(), "due", "2027-04-01"));
        var outsiderOwner = browser.post(board + "/actions", Map.of("title", "Nobody", "owner", "nobody-here"));
        long actionId = api.get(engineer.token(), "/api/v1" + board).json().get("actions").get(0).get("id").asLong();
        var made = browser.post(board + "/actions/" + actionId + "/work-item", Map.of());
        var discussed = browser.get(board);
        var prefilled = browser.get(board + "?promote=action-" + actionId);
        browser.post("/locale", Map.of("lang", "zh-CN"), "Referer", browser.base() + board);
        var chinese = browser.get(board);

        assertThat(action.status()).isEqualTo(302);
        assertThat(outsiderOwner.status()).isEqualTo(400);
        assertThat(made.status()).isEqualTo(302);
        String itemKey = api.get(engineer.token(), "/api/v1" + board).json().get("actions").get(0).get("itemKey")
                .asString();
        assertThat(discussed.body()).contains("Book a refactoring day", "href=\"/items/" + itemKey + "\"", "Backlog",
                "Dots: 1");
        assertThat(prefilled.body()).contains("- [ ] Book a refactoring day</textarea>", "?promote=card-" + liked);
        assertThat(chinese.body()).contains("喜欢", "学到", "缺少", "渴望", "行动项", "讨论", "匿名");
    }

    @Test
    void theAuthorChangesAndTakesBackTheirOwnCardOnTheBoard() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person engineer = api.newPerson();
        Person other = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        api.addMember(project, other.username(), "ENGINEER");
        PageSession browser = PageSession.signedIn(port, engineer.username(), engineer.password());
        PageSession otherBrowser = PageSession.signedIn(port, other.username(), other.password());
        String board = browser.post("/projects/" + project + "/retrospectives", Map.of("title", "Sprint 5",
                "kind", "SPRINT", "format", "MAD_SAD_GLAD", "votesPerPerson", "3", "maxVotesPerTarget", "1"))
                .location().replaceFirst("^https?://[^/]+", "");
        browser.post(board + "/cards", Map.of("column", "SAD", "body", "Flaky tset"));
        browser.post(board + "/cards", Map.of("column", "GLAD", "body", "Said by mistake"));
        var view = api.get(pm.token(), "/api/v1" + board).json();
        long typo = cardId(view, "Flaky");
        long mistake = cardId(view, "Said by");

        var own = browser.get(board, "Accept-Language", "en");
        var others = otherBrowser.get(board, "Accept-Language", "en");
        var changed = browser.post(board + "/cards/" + typo, Map.of("body", "Flaky test"));
        var takenBack = browser.post(board + "/cards/" + mistake, Map.of("remove", "true"));
        var byOther = otherBrowser.post(board + "/cards/" + typo, Map.of("body", "Not flaky"));

        assertThat(own.body()).contains("Take back", board + "/cards/" + typo);
        assertThat(others.body()).doesNotContain("Take back", board + "/cards/" + typo);
        assertThat(changed.status()).isEqualTo(302);
        assertThat(takenBack.status()).isEqualTo(302);
        assertThat(byOther.status()).isEqualTo(403);
        assertThat(browser.get(board).body()).contains("Flaky test").doesNotContain("Flaky tset", "Said by mistake");
    }

    private static long cardId(tools.jackson.databind.JsonNode retro, String prefix) {
        for (var column : retro.get("columns")) {
            for (var card : column.get("cards")) {
                if (card.get("body").asString().startsWith(prefix)) {
                    return card.get("id").asLong();
                }
            }
        }
        throw new AssertionError("no card starting with " + prefix);
    }

    @Test
    void outsidersGetNotFoundAndStakeholdersReadWithoutControls() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person stakeholder = api.newPerson();
        api.addMember(project, stakeholder.username(), "STAKEHOLDER");
        long retro = api.post(pm.token(), "/api/v1/projects/" + project + "/retrospectives", fields("title",
                "Launch post-mortem", "kind", "INCIDENT", "format", "START_STOP_CONTINUE")).number("id");
        Person outsider = api.newPerson();
        String board = "/projects/" + project + "/retrospectives/" + retro;

        var outside = PageSession.signedIn(port, outsider.username(), outsider.password()).get(board);
        var read = PageSession.signedIn(port, stakeholder.username(), stakeholder.password()).get(board);

        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.body()).doesNotContain("Launch post-mortem");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("Launch post-mortem", "Start", "Stop", "Continue")
                .doesNotContain("id=\"card-START\"", "id=\"next-stage\"");
    }

    @Test
    void templatePagesShowHistoryAndDiffAndAStaleChangeShowsBothVersions() {
        long template = api.post(api.adminToken(), "/api/v1/process-templates", fields("code", "rc-" + Api.uniqueUsername(),
                "language", "en", "kind", "CHECKLIST", "name", "Release checklist " + Api.uniqueUsername(),
                "body", "- [ ] Notes")).number("id");
        Person pmo = api.newPerson("PMO");
        PageSession browser = PageSession.signedIn(port, pmo.username(), pmo.password());
        String page = "/process-templates/" + template;

        var listed = browser.get("/process-templates");
        browser.get(page);
        var saved = browser.post(page + "/versions", Map.of("body", "- [ ] Notes\n- [ ] Rollback plan", "note",
                "Rollbacks", "baseVersion", "1"));
        var stale = browser.post(page + "/versions", Map.of("body", "- [ ] Notes written", "note", "Wording",
                "baseVersion", "1"));
        var diff = browser.get(page + "?from=1&to=2");
        String project = api.newProject(pmo.token());
        var process = browser.get("/projects/" + project + "/process");

        assertThat(listed.body()).contains("Definition of done", "完成的定义");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("id=\"template-conflict\"", "You started from version 1", "Now version 2",
                "- [ ] Notes written", "- [ ] Rollback plan");
        assertThat(diff.body()).contains("Changes from version 1 to version 2", "class=\"added\"");
        assertThat(process.status()).isEqualTo(200);
        assertThat(process.body()).contains("Uses version 2 (current: 2)", "up to date");
    }
}
