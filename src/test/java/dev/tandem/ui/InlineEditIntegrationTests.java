package dev.tandem.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonDraft;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.shared.Actor;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One field of an item edited in place from the item page, over the browser session: the version travels with the
 * edit, permissions are those of the item's project, and a refused edit changes nothing.
 */
@TandemIntegrationTest
class InlineEditIntegrationTests {

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
    void aProjectWithAnItem() {
        PersonSummary person = identity.get("admin");
        admin = new Actor(person.id(), person.username(), person.orgRole());
        projectKey = "IN" + unique().toUpperCase();
        portfolio.createProject(admin, projectKey, "Inline " + projectKey, null, null, LocalDate.of(2027, 1, 4));
        item = items.create(admin, projectKey, new ItemFields("task", "Reconcile", null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null));
    }

    @Test
    void anEngineerSavesOneFieldAndGetsTheNewVersion() {
        var browser = member(ProjectRole.ENGINEER);

        var saved = browser.postJson("/items/" + item.key() + "/inline",
                "{\"field\":\"mostLikelyDays\",\"value\":\"3,5\",\"version\":" + item.version() + "}");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("value").asString()).isEqualTo("3.5");
        assertThat(saved.json().get("version").asLong()).isGreaterThan(item.version());
        ItemView now = items.get(admin, item.key());
        assertThat(now.mostLikelyDays()).isEqualByComparingTo("3.5");
        assertThat(now.title()).as("other fields keep their values").isEqualTo("Reconcile");
    }

    @Test
    void anEmptiedValueEmptiesTheFieldAndTheBlockedFieldCarriesItsReason() {
        var browser = member(ProjectRole.ENGINEER);
        var blocked = browser.postJson("/items/" + item.key() + "/inline",
                "{\"field\":\"blocked\",\"value\":\"waiting for the bank\",\"version\":" + item.version() + "}");

        var unblocked = browser.postJson("/items/" + item.key() + "/inline",
                "{\"field\":\"blocked\",\"value\":\"\",\"version\":" + blocked.json().get("version").asLong() + "}");

        assertThat(blocked.status()).isEqualTo(200);
        assertThat(unblocked.status()).isEqualTo(200);
        assertThat(items.get(admin, item.key()).blocked()).isFalse();
    }

    @Test
    void aStaleEditIsRefusedWithTheCurrentValueAndChangesNothing() {
        var browser = member(ProjectRole.ENGINEER);
        items.update(admin, item.key(), new ItemFields(null, null, null, null, null, null, "highest", null, null,
                null, null, null, null, null, null, null, null, null, null), item.version());

        var refused = browser.postJson("/items/" + item.key() + "/inline",
                "{\"field\":\"priority\",\"value\":\"low\",\"version\":" + item.version() + "}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("value").asString()).isEqualTo("highest");
        assertThat(refused.json().get("message").asString()).contains("Highest");
        assertThat(refused.json().get("version").asLong()).isEqualTo(item.version() + 1);
        assertThat(items.get(admin, item.key()).priority()).isEqualTo("highest");
    }

    @Test
    void badInputIsRefusedWith400AndChangesNothing() {
        var browser = member(ProjectRole.ENGINEER);
        String path = "/items/" + item.key() + "/inline";

        var unknown = browser.postJson(path, "{\"field\":\"reporter\",\"value\":\"x\",\"version\":" + item.version() + "}");
        var notANumber = browser.postJson(path, "{\"field\":\"storyPoints\",\"value\":\"lots\",\"version\":" + item.version() + "}");
        var emptyTitle = browser.postJson(path, "{\"field\":\"title\",\"value\":\" \",\"version\":" + item.version() + "}");
        var tooLong = browser.postJson(path, "{\"field\":\"description\",\"value\":\"" + "x".repeat(20_001)
                + "\",\"version\":" + item.version() + "}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(emptyTitle.status()).isEqualTo(400);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(items.get(admin, item.key()).version()).isEqualTo(item.version());
    }

    @Test
    void aStakeholderMayNotEditAnOutsiderDoesNotSeeTheItemAndNoEditPassesWithoutTheCsrfToken() {
        var stakeholder = member(ProjectRole.STAKEHOLDER);
        var outsider = PageSession.signedIn(port, newPerson(), PASSWORD);
        outsider.get("/");
        var engineer = member(ProjectRole.ENGINEER);
        String path = "/items/" + item.key() + "/inline";
        String edit = "{\"field\":\"title\",\"value\":\"Taken over\",\"version\":" + item.version() + "}";

        assertThat(stakeholder.postJson(path, edit).status()).isEqualTo(403);
        assertThat(outsider.postJson(path, edit).status()).isEqualTo(404);
        assertThat(outsider.postJson("/items/" + item.key() + "/preview", "{\"text\":\"hi\"}").status()).isEqualTo(404);
        assertThat(engineer.postJson(path, edit, false).status()).isEqualTo(403);
        assertThat(items.get(admin, item.key()).title()).isEqualTo("Reconcile");
    }

    @Test
    void thePreviewRendersMarkdownSafely() {
        var browser = member(ProjectRole.STAKEHOLDER);

        var preview = browser.postJson("/items/" + item.key() + "/preview",
                "{\"text\":\"**bold** <script>alert(1)</script>\"}");

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().get("html").asString()).contains("<strong>bold</strong>").doesNotContain("<script");
    }

    private PageSession member(ProjectRole role) {
        String username = newPerson();
        portfolio.addMember(admin, projectKey, username, role);
        var browser = PageSession.signedIn(port, username, PASSWORD);
        browser.get("/items/" + item.key());
        return browser;
    }

    private String newPerson() {
        String username = "u" + unique();
        identity.create(admin, new PersonDraft(username, "Person " + username, username + "@example.com", PASSWORD,
                "en", null, null, null, null));
        return username;
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
