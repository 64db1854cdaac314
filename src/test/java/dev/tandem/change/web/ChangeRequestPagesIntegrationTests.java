package dev.tandem.change.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The review board's settings page: the PM picks the members and the rule, the rest of the project reads them. */
@TandemIntegrationTest
class ChangeRequestPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Test
    void thePmChoosesTheMembersAndAQuorumAndRefusalsChangeNothing() {
        String admin = api.adminToken();
        String project = api.newProject(admin);
        var em = api.newPerson();
        var architect = api.newPerson();
        var engineer = api.newPerson();
        api.addMember(project, em.username(), "EM");
        api.addMember(project, architect.username(), "ARCHITECT");
        api.addMember(project, engineer.username(), "ENGINEER");
        var outsider = api.newPerson();
        String boardApi = "/api/v1/projects/" + project + "/review-board";
        String page = "/projects/" + project + "/review-board";

        var browser = new PageSession(port);
        browser.signIn(Api.ADMIN, Api.ADMIN_PASSWORD);
        var shown = browser.get(page);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("name=\"reviewers\"").contains(engineer.username()).contains("Save the board");
        var before = api.get(admin, boardApi).json();
        long version = before.get("version").asLong();

        var stranger = browser.post(page, Map.of("reviewers", em.username() + "," + outsider.username(),
                "rule", "ALL", "version", Long.toString(version)));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.body()).contains(outsider.username()).contains("Please check your input");
        var nobody = browser.post(page, Map.of("rule", "ALL", "version", Long.toString(version)));
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.body()).contains("at least one project member");
        assertThat(api.get(admin, boardApi).json()).isEqualTo(before);

        var saved = browser.post(page, Map.of("reviewers", em.username() + "," + architect.username() + ","
                + engineer.username(), "rule", "QUORUM", "quorum", "2", "version", Long.toString(version)));
        assertThat(saved.status()).isEqualTo(302);
        var board = api.get(admin, boardApi);
        assertThat(board.text("rule")).isEqualTo("QUORUM");
        assertThat(board.number("quorum")).isEqualTo(2);
        assertThat(board.json().get("reviewers").values().stream().map(n -> n.asString()).toList())
                .containsExactlyInAnyOrder(em.username(), architect.username(), engineer.username());
        var after = browser.get(page);
        assertThat(after.body()).contains("The review board was saved.").contains("2 of 3 members must vote.");
    }

    @Test
    void membersWhoAreNotThePmReadTheBoardButCannotChangeIt() {
        String admin = api.adminToken();
        String project = api.newProject(admin);
        var engineer = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        assertThat(api.patch(admin, "/api/v1/projects/" + project + "/review-board", Map.of("vetoRole", "PM", "version", 0)).status())
                .isEqualTo(200);
        var before = api.get(admin, "/api/v1/projects/" + project + "/review-board").json();

        var browser = new PageSession(port);
        browser.signIn(engineer.username(), engineer.password());
        var shown = browser.get("/projects/" + project + "/review-board");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("Review board").contains("with the role Project manager rejects")
                .doesNotContain("Save the board");
        var refused = browser.post("/projects/" + project + "/review-board", Map.of("reviewers", engineer.username(),
                "version", before.get("version").asString()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.get(admin, "/api/v1/projects/" + project + "/review-board").json()).isEqualTo(before);
    }
}
