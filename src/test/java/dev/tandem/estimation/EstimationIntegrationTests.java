package dev.tandem.estimation;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.shared.Actor;
import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import dev.tandem.workitem.WorkItemManagement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Effort suggestions through the API: a project with finished refund and logging items, an open refund item, and a
 * project the engineer is not in whose finished item reads exactly like the question.
 */
@TandemIntegrationTest
class EstimationIntegrationTests {

    private static final String QUESTION = "Add an endpoint to refund a card payment";

    @Autowired
    Api api;
    @Autowired
    WorkItemManagement items;
    @Autowired
    IdentityManagement identity;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    Person engineer;
    String project;
    String refundEndpoint;
    String refundButton;
    String partialRefunds;
    String openRefund;
    String unestimated;
    String secret;

    @BeforeEach
    void setUp() {
        Person pm = api.newPerson("PMO");
        project = api.newProject(pm.token());
        engineer = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        refundEndpoint = done(pm, project, "story", "Endpoint to refund a card payment", 5);
        refundButton = done(pm, project, "story", "Refund button on the payment page", 3);
        partialRefunds = done(pm, project, "story", "Partial refunds of card payments", 8);
        done(pm, project, "task", "Upgrade the logging library", 1);
        unestimated = Response.text(api.newItem(pm.token(), project, fields("type", "story",
                "title", "Refund a card payment by endpoint", "status", "Done")), "key");
        openRefund = Response.text(api.newItem(pm.token(), project, fields("type", "story",
                "title", "Endpoint for refunding card payments", "storyPoints", 13)), "key");

        String elsewhere = api.newProject(pm.token());
        secret = done(pm, elsewhere, "story", QUESTION, 21);
    }

    private String done(Person pm, String projectKey, String type, String title, int points) {
        return Response.text(api.newItem(pm.token(), projectKey, fields("type", type, "title", title,
                "status", "Done", "storyPoints", points)), "key");
    }

    @Test
    void suggestsPointsFromTheThreeMostSimilarFinishedItemsOfTheProject() {
        Response r = api.get(engineer.token(), "/api/v1/projects/" + project + "/estimate-suggestion?type=story&title="
                + Api.encode(QUESTION) + "&description=" + Api.encode("Support asks for refunds through the API."));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> similar = r.texts("similar", "key");
        assertThat(similar).hasSize(3).containsExactlyInAnyOrder(refundEndpoint, refundButton, partialRefunds);
        assertThat(similar.getFirst()).isEqualTo(refundEndpoint);
        // learnt from finished, estimated items only, and never from a project the engineer cannot read
        assertThat(similar).doesNotContain(openRefund, unestimated, secret);
        assertThat(r.json().get("points").asDouble()).isIn(3.0, 5.0, 8.0);
        JsonNode first = r.json().get("similar").get(0);
        assertThat(first.get("title").asString()).isEqualTo("Endpoint to refund a card payment");
        assertThat(first.get("points").asDouble()).isEqualTo(5.0);
        assertThat(first.get("similarity").asDouble()).isBetween(0.5, 1.2);
        assertThat(r.json().get("hours").isNull()).isTrue();
    }

    @Test
    void betweenEquallySimilarItemsTheMoreRecentlyFinishedWeighMore() {
        Person pm = api.newPerson("PMO");
        String invoices = api.newProject(pm.token());
        String title = "Export the invoice list as CSV";
        List<String> older = List.of(done(pm, invoices, "story", title, 3), done(pm, invoices, "story", title, 3));
        done(pm, invoices, "story", title, 5);
        done(pm, invoices, "story", title, 5);
        LocalDate today = LocalDate.now();
        for (String key : older) {
            items.recordActuals(admin(), key, today.minusDays(12), today.minusDays(10), items.get(admin(), key).version());
        }

        Response r = api.get(pm.token(), "/api/v1/projects/" + invoices + "/estimate-suggestion?type=story&title="
                + Api.encode(title));

        // the same text, so the same similarity s: alike, {3, 3, 5, 5} has the median 3; the two 3s were finished
        // before both 5s (age 2), so each weighs s * 0.5^(2/400) = 0.9965 s and half the total weight lies above 3
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("points").asDouble()).isEqualTo(5.0);
        assertThat(r.text("reason")).contains("how recently");
    }

    private Actor admin() {
        var admin = identity.get(Api.ADMIN);
        return new Actor(admin.id(), admin.username(), admin.orgRole());
    }

    @Test
    void suggestsHoursFromTheHoursLoggedOnTheSimilarFinishedItems() {
        for (String key : List.of(refundEndpoint, refundButton, partialRefunds)) {
            Response logged = api.post(engineer.token(), "/api/v1/projects/" + project + "/items/" + key + "/worklogs",
                    Map.of("date", LocalDate.now().minusDays(1).toString(), "hours", 6));
            assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        }

        Response r = api.get(engineer.token(), "/api/v1/projects/" + project + "/estimate-suggestion?type=story&title="
                + Api.encode(QUESTION));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("hours").asDouble()).as("the hours logged on each of them").isEqualTo(6.0);
    }

    @Test
    void theReasonComesInTheLanguageOfTheRequest() {
        String path = "/api/v1/projects/" + project + "/estimate-suggestion?type=story&title=" + Api.encode(QUESTION);

        Response english = api.get(engineer.token(), path, "en");
        Response chinese = api.get(engineer.token(), path, "zh-CN");

        assertThat(english.status()).as(english.toString()).isEqualTo(200);
        assertThat(english.text("reason")).startsWith("The median of the ").contains(project)
                .endsWith("None of them has hours recorded.");
        assertThat(chinese.status()).as(chinese.toString()).isEqualTo(200);
        assertThat(chinese.text("reason")).startsWith(project + " 中最相似的").endsWith("这些工作项都没有记录工时。");
        assertThat(chinese.json().get("points")).isEqualTo(english.json().get("points"));
    }

    @Test
    void suggestsForAnExistingItemWithoutCountingTheItemItself() {
        Response r = api.get(engineer.token(), "/api/v1/projects/" + project + "/items/" + refundEndpoint
                + "/estimate-suggestion");

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.texts("similar", "key")).hasSize(3).doesNotContain(refundEndpoint, openRefund, unestimated, secret);
    }

    @Test
    void aProjectWithoutHistoryBorrowsOnlyFromProjectsTheCallerReads() {
        Person pm = api.newPerson("PMO");
        String fresh = api.newProject(pm.token());
        api.addMember(fresh, engineer.username(), "ENGINEER");

        Response r = api.get(engineer.token(), "/api/v1/projects/" + fresh + "/estimate-suggestion?title=" + Api.encode(QUESTION));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.text("source")).isEqualTo("ORGANISATION");
        assertThat(r.texts("similar", "key")).hasSize(3).doesNotContain(secret)
                .allMatch(key -> key.startsWith(project + "-"));
    }

    @Test
    void aProjectWithNothingFinishedAnywhereGetsNoSuggestionAndTheReason() {
        Person loner = api.newPerson();
        Person pm = api.newPerson("PMO");
        String fresh = api.newProject(pm.token());
        api.addMember(fresh, loner.username(), "STAKEHOLDER");

        Response r = api.get(loner.token(), "/api/v1/projects/" + fresh + "/estimate-suggestion?title=" + Api.encode(QUESTION));

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("points").isNull()).isTrue();
        assertThat(r.json().get("similar").size()).isZero();
        assertThat(r.text("reason")).contains("finished");
    }

    @Test
    void tooLongOrMissingInputIsRefused() {
        List<String> queries = new ArrayList<>(List.of("title=" + "a".repeat(201),
                "title=Refund&description=" + "a".repeat(10_001), "title=%20", "title=Refund&type=epicish"));
        for (String query : queries) {
            Response r = api.get(engineer.token(), "/api/v1/projects/" + project + "/estimate-suggestion?" + query);
            assertThat(r.status()).as(query.substring(0, Math.min(40, query.length())) + ": " + r).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        }
    }

    @Test
    void outsidersGetNotFound() {
        Person outsider = api.newPerson();

        Response forNew = api.get(outsider.token(), "/api/v1/projects/" + project + "/estimate-suggestion?title=Refund");
        Response forItem = api.get(outsider.token(), "/api/v1/projects/" + project + "/items/" + refundEndpoint
                + "/estimate-suggestion");
        Response wrongProject = api.get(engineer.token(), "/api/v1/projects/" + project + "/items/" + secret
                + "/estimate-suggestion");

        assertThat(forNew.status()).isEqualTo(404);
        assertThat(forItem.status()).isEqualTo(404);
        assertThat(wrongProject.status()).isEqualTo(404);
        assertThat(forNew.isProblem() && forItem.isProblem() && wrongProject.isProblem()).isTrue();
    }

    @Test
    void theItemPageLoadsTheSuggestionWithAnApplyButtonInBothLanguages() {
        PageSession browser = PageSession.signedIn(port, engineer.username(), engineer.password());

        String page = browser.get("/items/" + openRefund, "Accept-Language", "en").body();
        assertThat(page).contains("/projects/" + project + "/items/" + openRefund + "/estimate-suggestion");

        String fragment = browser.get("/projects/" + project + "/items/" + openRefund + "/estimate-suggestion",
                "Accept-Language", "en").body();
        assertThat(fragment).contains("Suggested: ").contains(refundEndpoint + "</a> <span>(5)</span>")
                .contains("data-estimation-apply=").doesNotContain(secret);
        browser.post("/locale", java.util.Map.of("lang", "zh-CN"), "Referer", browser.base() + "/");
        String chinese = browser.get("/projects/" + project + "/estimate-suggestion?type=story&title="
                + Api.encode(QUESTION)).body();
        assertThat(chinese).contains("建议：").contains("采用").contains(refundEndpoint);
    }
}
