package dev.tandem.workitem.api;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The work-item part of the API contract: items, edits with versions, dependencies, comments and history. */
@TandemIntegrationTest
class WorkItemApiIntegrationTests {

    @Autowired
    Api api;

    Person pm;
    String project;

    @BeforeEach
    void project() {
        pm = api.newPerson("PMO");
        project = api.newProject(pm.token());
    }

    @Test
    void createsAnItemWithTheNextKeyAndVersionZero() {
        Response r = api.post(pm.token(), "/api/v1/projects/" + project + "/items",
                Map.of("type", "task", "title", "Design", "mostLikelyDays", 3));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.text("key")).isEqualTo(project + "-1");
        assertThat(r.number("version")).isZero();
        assertThat(r.text("type")).isEqualTo("task");
        assertThat(r.text("title")).isEqualTo("Design");
        assertThat(r.text("status")).isEqualTo("Backlog");
        assertThat(r.text("statusCategory")).isEqualTo("TODO");
        assertThat(r.text("priority")).isEqualTo("medium");
        assertThat(r.text("reporter")).isEqualTo(pm.username());
        assertThat(r.text("projectKey")).isEqualTo(project);
        assertThat(r.json().get("mostLikelyDays").decimalValue()).isEqualByComparingTo("3");

        Response second = api.post(pm.token(), "/api/v1/projects/" + project + "/items", Map.of("type", "bug", "title", "Crash"));
        assertThat(second.text("key")).isEqualTo(project + "-2");

        Response read = api.get(pm.token(), "/api/v1/items/" + project + "-1");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("title")).isEqualTo("Design");
        assertThat(read.json().get("mostLikelyDays").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(3));
    }

    @Test
    void editsAnItemWithItsVersionAndRefusesAStaleVersion() {
        String key = api.newItem(pm.token(), project, "task", "Design");

        Response edited = api.patch(pm.token(), "/api/v1/items/" + key, Map.of("title", "Design v2", "version", 0));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.text("title")).isEqualTo("Design v2");
        assertThat(edited.number("version")).isEqualTo(1);

        Response stale = api.patch(pm.token(), "/api/v1/items/" + key, Map.of("title", "Design v3", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.number("currentVersion")).isEqualTo(1);
        assertThat(stale.detail()).isEqualTo("Item " + key
                + " was changed by someone else meanwhile (current version 1). Reload it and apply your change again.");
        assertThat(api.get(pm.token(), "/api/v1/items/" + key).text("title")).isEqualTo("Design v2");
    }

    @Test
    void aPatchChangesOnlyTheFieldsItCarriesAndNullEmptiesAField() {
        String assignee = api.newPersonWithoutPassword();
        api.addMember(project, assignee, "ENGINEER");
        String key = Response.text(api.newItem(pm.token(), project, fields("type", "story", "title", "Checkout",
                "description", "Pay *now*", "assignee", assignee, "labels", List.of("web", "pay"),
                "plannedStart", "2027-01-04", "plannedFinish", "2027-01-08")), "key");

        Response r = api.patch(pm.token(), "/api/v1/items/" + key, fields("assignee", null, "status", "In progress",
                "version", 0));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text("assignee")).isNull();
        assertThat(r.text("status")).isEqualTo("In progress");
        assertThat(r.text("description")).isEqualTo("Pay *now*");
        assertThat(r.text("plannedStart")).isEqualTo("2027-01-04");
        assertThat(r.text("plannedFinish")).isEqualTo("2027-01-08");
        assertThat(r.json().get("labels").valueStream().map(n -> n.asString()).sorted().toList())
                .containsExactly("pay", "web");
        assertThat(r.text("actualStart")).isNotNull();
    }

    @Test
    void recordsEveryFieldChangeInTheItemHistory() {
        String key = api.newItem(pm.token(), project, "task", "Design");
        api.patch(pm.token(), "/api/v1/items/" + key, Map.of("title", "Design v2", "priority", "high", "version", 0));

        Response history = api.get(pm.token(), "/api/v1/items/" + key + "/history");

        assertThat(history.status()).isEqualTo(200);
        assertThat(history.texts("", "field")).containsExactly("title", "priority");
        assertThat(history.texts("", "oldValue")).containsExactly("Design", "medium");
        assertThat(history.texts("", "newValue")).containsExactly("Design v2", "high");
        assertThat(history.texts("", "actor")).containsOnly(pm.username());
    }

    @Test
    void linksDependenciesListsAndRemovesThem() {
        String first = api.newItem(pm.token(), project, "task", "Design");
        String second = api.newItem(pm.token(), project, "task", "Build");

        Response added = api.post(pm.token(), "/api/v1/items/" + second + "/dependencies",
                Map.of("predecessor", first, "type", "FS", "lagDays", 0));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.text("predecessor")).isEqualTo(first);
        assertThat(added.text("successor")).isEqualTo(second);
        assertThat(added.text("type")).isEqualTo("FS");
        assertThat(added.number("lagDays")).isZero();
        long id = added.number("id");

        Response ofSuccessor = api.get(pm.token(), "/api/v1/items/" + second + "/dependencies");
        assertThat(ofSuccessor.texts("", "predecessor")).containsExactly(first);
        Response ofPredecessor = api.get(pm.token(), "/api/v1/items/" + first + "/dependencies");
        assertThat(ofPredecessor.texts("", "successor")).containsExactly(second);
        assertThat(api.get(pm.token(), "/api/v1/items/" + second + "/history").texts("", "newValue"))
                .containsExactly(first + " FS");

        Response lagged = api.post(pm.token(), "/api/v1/items/" + second + "/dependencies",
                Map.of("predecessor", api.newItem(pm.token(), project, "task", "Review"), "type", "SS", "lagDays", -2));
        assertThat(lagged.status()).isEqualTo(201);
        assertThat(lagged.text("type")).isEqualTo("SS");
        assertThat(lagged.number("lagDays")).isEqualTo(-2);

        assertThat(api.delete(pm.token(), "/api/v1/items/" + second + "/dependencies/" + id).status()).isEqualTo(204);
        assertThat(api.get(pm.token(), "/api/v1/items/" + second + "/dependencies").texts("", "predecessor"))
                .containsExactly(project + "-3");
        assertThat(api.delete(pm.token(), "/api/v1/items/" + second + "/dependencies/" + id).status()).isEqualTo(404);
    }

    @Test
    void addsEditsAndDeletesComments() {
        String key = api.newItem(pm.token(), project, "task", "Design");

        Response added = api.post(pm.token(), "/api/v1/items/" + key + "/comments", Map.of("body", "Looks good"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.text("body")).isEqualTo("Looks good");
        assertThat(added.text("author")).isEqualTo(pm.username());
        assertThat(added.text("item")).isEqualTo(key);
        long id = added.number("id");

        Response edited = api.patch(pm.token(), "/api/v1/items/" + key + "/comments/" + id,
                Map.of("body", "Looks great", "version", 0));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.text("body")).isEqualTo("Looks great");
        assertThat(edited.number("version")).isEqualTo(1);

        Response stale = api.patch(pm.token(), "/api/v1/items/" + key + "/comments/" + id,
                Map.of("body", "Too late", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.number("currentVersion")).isEqualTo(1);

        assertThat(api.get(pm.token(), "/api/v1/items/" + key + "/comments").texts("", "body")).containsExactly("Looks great");
        assertThat(api.delete(pm.token(), "/api/v1/items/" + key + "/comments/" + id).status()).isEqualTo(204);
        assertThat(api.get(pm.token(), "/api/v1/items/" + key + "/comments").json()).isEmpty();
    }

    @Test
    void onlyTheAuthorEditsAComment() {
        Person engineer = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        String key = api.newItem(pm.token(), project, "task", "Design");
        long id = api.post(pm.token(), "/api/v1/items/" + key + "/comments", Map.of("body", "Mine")).number("id");

        Response r = api.patch(engineer.token(), "/api/v1/items/" + key + "/comments/" + id,
                Map.of("body", "Not yours", "version", 0));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.detail()).isEqualTo("Only the author may edit a comment.");
        assertThat(api.delete(engineer.token(), "/api/v1/items/" + key + "/comments/" + id).status()).isEqualTo(403);
        assertThat(api.get(pm.token(), "/api/v1/items/" + key + "/comments").texts("", "body")).containsExactly("Mine");
    }

    @Test
    void deletesAnItemWithItsVersion() {
        String key = api.newItem(pm.token(), project, "task", "Obsolete");
        api.patch(pm.token(), "/api/v1/items/" + key, Map.of("title", "Obsolete!", "version", 0));

        Response stale = api.delete(pm.token(), "/api/v1/items/" + key + "?version=0");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.number("currentVersion")).isEqualTo(1);
        assertThat(api.get(pm.token(), "/api/v1/items/" + key).status()).isEqualTo(200);

        assertThat(api.delete(pm.token(), "/api/v1/items/" + key + "?version=1").status()).isEqualTo(204);
        Response gone = api.get(pm.token(), "/api/v1/items/" + key);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.detail()).isEqualTo("No item " + key + ".");
    }

    @Test
    void refusesToDeleteAnItemThatHasChildren() {
        String epic = api.newItem(pm.token(), project, "epic", "Payments");
        api.newItem(pm.token(), project, Map.of("type", "story", "title", "Checkout", "parent", epic));

        Response r = api.delete(pm.token(), "/api/v1/items/" + epic + "?version=0");

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.detail()).isEqualTo(epic + " has 1 child items; move or delete them first.");
    }
}
