package dev.tandem.workitem.api;

import static dev.tandem.support.Api.encode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The search across projects behind the command bar and the search page: projects, items by key or title and
 * people, only from the projects the caller may open, at most 20 hits, and a query of 1 to 100 characters.
 */
@TandemIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GlobalSearchIntegrationTests {

    @Autowired
    Api api;
    @LocalServerPort
    int port;

    /** A word no other test uses, so the suites may share a database. */
    final String word = "srch" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    Person engineer;
    String project;
    String colleague;
    String item;
    String hidden;
    String stranger;

    @BeforeAll
    void projects() {
        Person pm = api.newPerson("PMO");
        project = api.newProject(pm.token());
        engineer = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        colleague = api.newPersonWithoutPassword();
        api.addMember(project, colleague, "STAKEHOLDER");
        item = api.newItem(pm.token(), project, "story", "Refund " + word + " flow");

        Person otherPm = api.newPerson("PMO");
        String other = api.newProject(otherPm.token());
        stranger = api.newPersonWithoutPassword();
        api.addMember(other, stranger, "ENGINEER");
        hidden = api.newItem(otherPm.token(), other, "story", "Secret " + word + " plan");
    }

    @Test
    void findsItemsByTitleAndByKeyOnlyInProjectsTheCallerMayOpen() {
        Response byTitle = search(engineer, word.toUpperCase());
        assertThat(byTitle.status()).isEqualTo(200);
        assertThat(byTitle.texts("", "key")).containsExactly(item);
        assertThat(byTitle.texts("", "kind")).containsExactly("ITEM");
        assertThat(byTitle.texts("", "title")).containsExactly("Refund " + word + " flow");
        assertThat(byTitle.texts("", "context")).containsExactly(project);
        assertThat(byTitle.texts("", "url")).containsExactly("/items/" + item);

        assertThat(search(engineer, item).texts("", "key")).contains(item);
        assertThat(search(engineer, hidden).texts("", "key")).doesNotContain(hidden);
        assertThat(search(api.newPerson(), word).json()).isEmpty();
    }

    @Test
    void findsTheProjectAndThePeopleWhoShareAProjectWithTheCaller() {
        Response byKey = search(engineer, project);
        assertThat(byKey.texts("", "kind")).first().isEqualTo("PROJECT");
        assertThat(byKey.texts("", "url")).first().isEqualTo("/projects/" + project);

        Response colleagues = search(engineer, colleague);
        assertThat(colleagues.texts("", "key")).containsExactly(colleague);
        assertThat(colleagues.texts("", "kind")).containsExactly("PERSON");
        assertThat(colleagues.texts("", "url")).containsExactly("/projects/" + project + "/items?assignee=" + colleague);
        assertThat(search(engineer, stranger).json()).isEmpty();
    }

    @Test
    void answersAtMostTwentyHits() {
        Person pm = api.newPerson("PMO");
        String many = api.newProject(pm.token());
        String common = "many" + word;
        for (int i = 0; i < 23; i++) {
            api.newItem(pm.token(), many, "task", common + " " + i);
        }
        assertThat(search(pm, common).json()).hasSize(20);
    }

    @Test
    void refusesAnEmptyOrOverlongQueryAsAProblem() {
        for (String q : new String[] {"", "%20%20", "x".repeat(101)}) {
            Response r = api.get(engineer.token(), "/api/v1/search?q=" + q);
            assertThat(r.status()).as("q=" + q).isEqualTo(400);
            assertThat(r.isProblem()).as("q=" + q).isTrue();
        }
        assertThat(api.get(engineer.token(), "/api/v1/search").status()).isEqualTo(400);
        assertThat(search(engineer, "x".repeat(100)).status()).isEqualTo(200);
    }

    @Test
    void theSearchPageAndTheCommandBarOptionsShowTheSameHits() {
        var browser = PageSession.signedIn(port, engineer.username(), engineer.password());
        var page = browser.get("/search?q=" + encode(word));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/items/" + item + "\"").doesNotContain(hidden);

        var options = browser.get("/search/options?q=" + encode(word));
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.body()).contains("role=\"option\"", "data-href=\"/items/" + item + "\"")
                .doesNotContain(hidden).doesNotContain("<html");
    }

    @Test
    void theCommandBarOffersToCreateAnItemOnlyToThoseWhoMay() {
        String action = "Create a work item in " + project;
        assertThat(PageSession.signedIn(port, engineer.username(), engineer.password()).get("/projects/" + project)
                .body()).contains(action);
        Person stakeholder = api.newPerson();
        api.addMember(project, stakeholder.username(), "STAKEHOLDER");
        assertThat(PageSession.signedIn(port, stakeholder.username(), stakeholder.password()).get("/projects/" + project)
                .body()).contains("Go to Board").doesNotContain(action);
    }

    private Response search(Person caller, String q) {
        return api.get(caller.token(), "/api/v1/search?q=" + encode(q));
    }
}
