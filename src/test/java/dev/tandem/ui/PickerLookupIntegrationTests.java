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
import dev.tandem.system.Avatars;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The lookups behind the pickers: bounded, matching name, username, key or title, and only for who may see them. */
@TandemIntegrationTest
class PickerLookupIntegrationTests {

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
    String engineer;
    ItemView ledger;

    @BeforeEach
    void aProjectWithAMemberAndItems() {
        PersonSummary person = identity.get("admin");
        admin = new Actor(person.id(), person.username(), person.orgRole());
        projectKey = "PK" + unique().toUpperCase().substring(0, 6);
        portfolio.createProject(admin, projectKey, "Pickers " + projectKey, null, null, LocalDate.of(2027, 1, 4));
        engineer = newPerson("Ines Okafor");
        portfolio.addMember(admin, projectKey, engineer, ProjectRole.ENGINEER);
        ledger = items.create(admin, projectKey, item("Wire the ledger"));
        items.create(admin, projectKey, item("Design the API"));
    }

    @Test
    void peopleAreFoundByNameOrUsernameWithTheirAvatar() {
        var browser = PageSession.signedIn(port, engineer, PASSWORD);

        JsonNode byName = browser.getJson("/projects/" + projectKey + "/lookup/people?q=okaf").json();
        JsonNode byUsername = browser.getJson("/projects/" + projectKey + "/lookup/people?q=" + engineer).json();

        assertThat(byName).hasSize(1);
        assertThat(byName.get(0).get("value").asString()).isEqualTo(engineer);
        assertThat(byName.get(0).get("label").asString()).isEqualTo("Ines Okafor");
        assertThat(byName.get(0).get("initials").asString()).isEqualTo("IO");
        assertThat(byName.get(0).get("colour").asString()).isEqualTo(Avatars.colour("Ines Okafor"));
        assertThat(byUsername).hasSize(1);
    }

    @Test
    void itemsAreFoundByKeyOrTitle() {
        var browser = PageSession.signedIn(port, engineer, PASSWORD);

        JsonNode byTitle = browser.getJson("/projects/" + projectKey + "/lookup/items?q=ledger").json();
        JsonNode byKey = browser.getJson("/projects/" + projectKey + "/lookup/items?q=" + ledger.key()).json();

        assertThat(byTitle).hasSize(1);
        assertThat(byTitle.get(0).get("value").asString()).isEqualTo(ledger.key());
        assertThat(byTitle.get(0).get("label").asString()).isEqualTo("Wire the ledger");
        assertThat(byKey.get(0).get("value").asString()).isEqualTo(ledger.key());
    }

    @Test
    void anOutsiderFindsNothingAndAnOverlongQueryIsRefused() {
        var outsider = PageSession.signedIn(port, newPerson("Olga Outside"), PASSWORD);
        var member = PageSession.signedIn(port, engineer, PASSWORD);

        assertThat(outsider.getJson("/projects/" + projectKey + "/lookup/people?q=").status()).isEqualTo(404);
        assertThat(outsider.getJson("/projects/" + projectKey + "/lookup/items?q=").status()).isEqualTo(404);
        assertThat(member.getJson("/projects/" + projectKey + "/lookup/items?q=" + "x".repeat(101)).status())
                .isEqualTo(400);
    }

    @Test
    void onlyWhoManagesMembersLooksUpPeopleToAddAndMembersAreNotOffered() {
        String newcomer = newPerson("Nadia Newcomer");
        var pm = PageSession.signedIn(port, "admin", "test-admin-password-0");
        var member = PageSession.signedIn(port, engineer, PASSWORD);

        var found = pm.getJson("/projects/" + projectKey + "/lookup/candidates?q=" + newcomer);
        var members = pm.getJson("/projects/" + projectKey + "/lookup/candidates?q=" + engineer);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json()).singleElement().satisfies(p -> assertThat(p.get("value").asString()).isEqualTo(newcomer));
        assertThat(members.json()).isEmpty();
        assertThat(member.getJson("/projects/" + projectKey + "/lookup/candidates?q=").status()).isEqualTo(403);
    }

    @Test
    void aLookupAnswersAtMostTwentyChoices() {
        for (int i = 0; i < 21; i++) {
            items.create(admin, projectKey, item("Batch item " + i));
        }
        var browser = PageSession.signedIn(port, engineer, PASSWORD);

        assertThat(browser.getJson("/projects/" + projectKey + "/lookup/items?q=Batch").json()).hasSize(20);
    }

    private static ItemFields item(String title) {
        return new ItemFields("task", title, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    private String newPerson(String name) {
        String username = "u" + unique();
        identity.create(admin, new PersonDraft(username, name, username + "@example.com", PASSWORD, "en", null, null,
                null, null));
        return username;
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
