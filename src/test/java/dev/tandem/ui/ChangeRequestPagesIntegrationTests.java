package dev.tandem.ui;

import dev.tandem.support.Api;
import dev.tandem.support.PageSession;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.change.ChangeManagement;
import dev.tandem.change.ProposedChange;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonDraft;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.support.TandemIntegrationTest;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reviewer hears of a submitted change request in the inbox, reads its impact and approves it on its page; the PM
 * picks the review board's members and rule on its settings page.
 */
@TandemIntegrationTest
class ChangeRequestPagesIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    Api api;
    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    WorkItemManagement items;
    @Autowired
    ChangeManagement changes;

    @Test
    void theReviewerIsNotifiedReadsTheImpactAndApprovesOnThePage() {
        var person = identity.get("admin");
        var admin = new Actor(person.id(), "admin", person.orgRole());
        String key = "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', 'X');
        portfolio.createProject(admin, key, "Pages " + key, null, null, LocalDate.of(2027, 1, 4));
        var task = items.create(admin, key, new ItemFields("task", "Design", null, null, null, null, null, null, null,
                null, null, null, null, BigDecimal.valueOf(3), null, null, null, null, Set.of()));
        long id = changes.draft(admin, key, "Design grows", "More screens", List.of(new ProposedChange.SetEstimate(
                task.key(), BigDecimal.valueOf(5), null, null)),
                null, null).id();
        changes.submit(admin, id);
        // approval captures the first baseline, so the feasibility sign-off comes first; the signers vote too
        var signers = api.feasibilitySignedOff(key);
        for (var reviewer : List.of(signers.em(), signers.architect())) {
            assertThat(api.post(reviewer.token(), "/api/v1/change-requests/" + id + "/votes", Map.of("decision", "APPROVE"))
                    .status()).isEqualTo(200);
        }

        var browser = new PageSession(port);
        browser.signIn("admin", "test-admin-password-0");
        var inbox = browser.get("/inbox");
        assertThat(inbox.body()).contains(key + " CR-1").contains("waits for your vote");

        var page = browser.get("/change-requests/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("CR-1").contains("Design grows").contains("2027-01-06").contains("2027-01-08");
        assertThat(browser.get("/projects/" + key + "/changes").body()).contains("Design grows");

        var voted = browser.post("/change-requests/" + id + "/votes", Map.of("decision", "APPROVE", "comment", "Go"));
        assertThat(voted.status()).isEqualTo(302);
        assertThat(browser.get("/change-requests/" + id).body()).contains("CR-1 Design grows");
        assertThat(items.get(admin, task.key()).mostLikelyDays()).isEqualByComparingTo("5");

        var again = browser.post("/change-requests/" + id + "/votes", Map.of("decision", "REJECT"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("already approved and applied");
    }

    @Test
    void aChangeIsDraftedOnTheFormPreFilledFromTheLinkOtherPagesSend() {
        var person = identity.get("admin");
        var admin = new Actor(person.id(), "admin", person.orgRole());
        String key = "D" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', 'X');
        portfolio.createProject(admin, key, "Pages " + key, null, null, LocalDate.of(2027, 1, 4));
        var milestone = items.create(admin, key, new ItemFields("milestone", "Go live", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, Set.of()));
        var browser = new PageSession(port);
        browser.signIn("admin", "test-admin-password-0");

        var form = browser.get("/projects/" + key + "/changes/new?op=setDates&item=" + milestone.key()
                + "&plannedStart=2027-02-01");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"" + milestone.key() + "\"").contains("value=\"2027-02-01\"");

        var missingReason = browser.post("/projects/" + key + "/changes", Map.of("title", "Go live later",
                "steps[0].op", "setDates", "steps[0].item", milestone.key(), "steps[0].plannedStart", "2027-02-01"));
        assertThat(missingReason.status()).isEqualTo(400);
        assertThat(changes.list(admin, key)).isEmpty();

        var saved = browser.post("/projects/" + key + "/changes", Map.of("title", "Go live later",
                "reason", "The bank's freeze window", "steps[0].op", "setDates", "steps[0].item", milestone.key(),
                "steps[0].plannedStart", "2027-02-01", "qualityRating", "2"));
        assertThat(saved.status()).isEqualTo(302);
        var drafted = changes.list(admin, key);
        assertThat(drafted).singleElement().satisfies(cr -> {
            assertThat(cr.title()).isEqualTo("Go live later");
            assertThat(cr.changes()).singleElement().satisfies(c -> {
                assertThat(c.op()).isEqualTo("setDates");
                assertThat(((ProposedChange.SetDates) c).plannedStart()).isEqualTo(LocalDate.of(2027, 2, 1));
            });
        });
    }

    @Test
    void someoneOutsideTheProjectIsToldTheRequestDoesNotExist() {
        var person = identity.get("admin");
        var admin = new Actor(person.id(), "admin", person.orgRole());
        String key = "Q" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', 'X');
        portfolio.createProject(admin, key, "Pages " + key, null, null, LocalDate.of(2027, 1, 4));
        var task = items.create(admin, key, new ItemFields("task", "Design", null, null, null, null, null, null, null,
                null, null, null, null, BigDecimal.ONE, null, null, null, null, Set.of()));
        long id = changes.draft(admin, key, "x", "y", List.of(new ProposedChange.RemoveItem(task.key())), null, null).id();
        String username = "o" + UUID.randomUUID().toString().substring(0, 8);
        identity.create(admin, new PersonDraft(username, "Outsider", username + "@example.com", "a-long-test-password-1",
                "en", null, null, null, null));
        var browser = new PageSession(port);
        browser.signIn(username, "a-long-test-password-1");
        assertThat(browser.get("/change-requests/" + id).status()).isEqualTo(404);
        assertThat(browser.get("/projects/" + key + "/changes").status()).isEqualTo(404);
    }

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
