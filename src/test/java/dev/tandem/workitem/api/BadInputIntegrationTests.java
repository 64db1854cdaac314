package dev.tandem.workitem.api;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.DbState;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input gets a 4xx {@code application/problem+json} with a message a person understands, and the database is
 * exactly as it was: items, their versions, labels, history, dependencies, comments and the audit trail.
 */
@TandemIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIntegrationTests {

    @Autowired
    Api api;

    Person pm;
    Person stakeholder;
    Person outsider;
    String project;
    String first;
    String second;
    String third;
    String otherProjectItem;

    @BeforeAll
    void organisation() {
        pm = api.newPerson("PMO");
        stakeholder = api.newPerson();
        outsider = api.newPerson();
        project = api.newProject(pm.token());
        api.addMember(project, stakeholder.username(), "STAKEHOLDER");
        first = api.newItem(pm.token(), project, "task", "Design");
        second = api.newItem(pm.token(), project, "task", "Build");
        third = api.newItem(pm.token(), project, "task", "Test");
        api.link(pm.token(), first, second);
        api.link(pm.token(), second, third);
        api.patch(pm.token(), "/api/v1/items/" + first, Map.of("title", "Design it", "version", 0));
        otherProjectItem = api.newItem(pm.token(), api.newProject(pm.token()), "task", "Elsewhere");
    }

    @Test
    void malformedJson() {
        Response created = unchanged(() -> api.post(pm.token(), items(), "{\"type\":\"task\",\"title\":"));
        assertProblem(created, 400, "Malformed request");
        assertThat(created.detail()).startsWith("The request body is not valid JSON");

        Response patched = unchanged(() -> api.patch(pm.token(), item(first), "{\"title\": \"Design v2\" \"version\": 1}"));
        assertProblem(patched, 400, "Malformed request");
        assertThat(patched.detail()).startsWith("The request body is not valid JSON");
    }

    @Test
    void unknownField() {
        Response created = unchanged(() -> api.post(pm.token(), items(), Map.of("type", "task", "title", "x", "colour", "red")));
        assertProblem(created, 400, "Malformed request");
        assertThat(created.detail()).startsWith("Unknown field 'colour'. Known fields: ");

        Response patched = unchanged(() -> api.patch(pm.token(), item(first), Map.of("colour", "red", "version", 1)));
        assertProblem(patched, 400, "Malformed request");
        assertThat(patched.detail()).startsWith("Unknown field 'colour'. Known fields: ");
    }

    @Test
    void valueOfTheWrongShape() {
        Response r = unchanged(() -> api.post(pm.token(), items(),
                Map.of("type", "task", "title", "x", "plannedStart", "2027-13-45")));
        assertProblem(r, 400, "Malformed request");
        assertThat(r.detail()).isEqualTo("'2027-13-45' is not a valid value for plannedStart.");

        Response number = unchanged(() -> api.patch(pm.token(), item(first), Map.of("mostLikelyDays", "three", "version", 1)));
        assertProblem(number, 400, "Malformed request");
        assertThat(number.detail()).isEqualTo("'three' is not a valid value for mostLikelyDays.");
    }

    @Test
    void overLongTitle() {
        String title = "x".repeat(256);

        Response created = unchanged(() -> api.post(pm.token(), items(), Map.of("type", "task", "title", title)));
        assertProblem(created, 400, "Invalid input");
        assertThat(created.detail()).isEqualTo("title size must be between 0 and 255");
        assertThat(created.json().get("errors").get("title").asString()).isEqualTo("size must be between 0 and 255");

        Response patched = unchanged(() -> api.patch(pm.token(), item(first), Map.of("title", title, "version", 1)));
        assertProblem(patched, 400, "Invalid input");
        assertThat(patched.detail()).isEqualTo("title must be at most 255 characters");
        assertThat(patched.json().get("errors").get("title").asString()).isEqualTo("must be at most 255 characters");

        assertThat(api.post(pm.token(), items(), Map.of("type", "task", "title", "x".repeat(255))).status()).isEqualTo(201);
    }

    @Test
    void plannedFinishBeforePlannedStart() {
        Response created = unchanged(() -> api.post(pm.token(), items(), Map.of("type", "task", "title", "Backwards",
                "plannedStart", "2027-01-08", "plannedFinish", "2027-01-04")));
        assertProblem(created, 400, "Invalid input");
        assertThat(created.detail()).isEqualTo("plannedFinish must not be before plannedStart (2027-01-08)");

        Response patched = unchanged(() -> api.patch(pm.token(), item(first), Map.of("plannedStart", "2027-01-08",
                "plannedFinish", "2027-01-04", "version", 1)));
        assertProblem(patched, 400, "Invalid input");
        assertThat(patched.json().get("errors").get("plannedFinish").asString())
                .isEqualTo("must not be before plannedStart (2027-01-08)");
    }

    @Test
    void unknownStatus() {
        Response r = unchanged(() -> api.patch(pm.token(), item(first), Map.of("status", "Shipped", "title", "Renamed",
                "version", 1)));
        assertProblem(r, 400, "Invalid input");
        assertThat(r.detail()).isEqualTo("status must be one of Backlog, To do, In progress, In review, Done (not 'Shipped')");
    }

    @Test
    void unknownType() {
        Response created = unchanged(() -> api.post(pm.token(), items(), Map.of("type", "saga", "title", "x")));
        assertProblem(created, 400, "Invalid input");
        assertThat(created.detail()).isEqualTo("type must be one of epic, feature, story, task, bug, milestone");

        Response patched = unchanged(() -> api.patch(pm.token(), item(first), Map.of("type", "saga", "version", 1)));
        assertProblem(patched, 400, "Invalid input");
        assertThat(patched.detail()).isEqualTo("type must be one of epic, feature, story, task, bug, milestone");
    }

    @Test
    void dependencyCycleIsRefusedAndNamed() {
        Response direct = unchanged(() -> api.post(pm.token(), dependencies(first),
                Map.of("predecessor", second, "type", "FS", "lagDays", 0)));
        assertProblem(direct, 409, "Conflict");
        assertThat(direct.detail()).isEqualTo("This dependency would close a cycle: "
                + second + " → " + first + " → " + second + ".");

        Response longer = unchanged(() -> api.post(pm.token(), dependencies(first),
                Map.of("predecessor", third, "type", "FS", "lagDays", 0)));
        assertProblem(longer, 409, "Conflict");
        assertThat(longer.detail()).isEqualTo("This dependency would close a cycle: "
                + third + " → " + first + " → " + second + " → " + third + ".");
    }

    @Test
    void selfDependency() {
        Response r = unchanged(() -> api.post(pm.token(), dependencies(first), Map.of("predecessor", first, "type", "FS")));
        assertProblem(r, 400, "Invalid input");
        assertThat(r.detail()).isEqualTo("predecessor cannot be the item itself: " + first + " cannot depend on itself");
    }

    @Test
    void crossProjectDependency() {
        Response r = unchanged(() -> api.post(pm.token(), dependencies(first),
                Map.of("predecessor", otherProjectItem, "type", "FS")));
        assertProblem(r, 400, "Invalid input");
        assertThat(r.detail()).isEqualTo("predecessor " + otherProjectItem
                + " belongs to another project; dependencies link items of the same project only");
    }

    @Test
    void duplicateDependencyAndUnknownDependencyType() {
        Response duplicate = unchanged(() -> api.post(pm.token(), dependencies(second), Map.of("predecessor", first)));
        assertProblem(duplicate, 409, "Conflict");
        assertThat(duplicate.detail()).isEqualTo(second + " already depends on " + first + ".");

        Response type = unchanged(() -> api.post(pm.token(), dependencies(third), Map.of("predecessor", first, "type", "XX")));
        assertProblem(type, 400, "Invalid input");
        assertThat(type.detail()).isEqualTo("type must be one of FS, SS, FF, SF");
    }

    @Test
    void staleVersion() {
        Response r = unchanged(() -> api.patch(pm.token(), item(first), Map.of("title", "Late edit", "version", 0)));
        assertProblem(r, 409, "Stale version");
        assertThat(r.number("currentVersion")).isEqualTo(1);
        assertThat(r.detail()).contains("current version 1");
    }

    @Test
    void missingVersion() {
        Response r = unchanged(() -> api.patch(pm.token(), item(first), Map.of("title", "No version")));
        assertProblem(r, 400, "Invalid input");
        assertThat(r.detail()).isEqualTo("version is required so that concurrent edits are not lost");
    }

    @Test
    void anItemOfAProjectYouAreNotInLooksExactlyLikeOneThatDoesNotExist() {
        String missing = project + "-999";
        List<String> paths = List.of("/api/v1/items/%s", "/api/v1/items/%s/history", "/api/v1/items/%s/comments",
                "/api/v1/items/%s/dependencies");
        for (String path : paths) {
            Response hidden = unchanged(() -> api.get(outsider.token(), path.formatted(first)));
            Response absent = unchanged(() -> api.get(outsider.token(), path.formatted(missing)));
            assertProblem(hidden, 404, "Not found");
            assertThat(hidden.detail()).isEqualTo("No item " + first + ".");
            assertThat(hidden.body().replace(first, "KEY")).isEqualTo(absent.body().replace(missing, "KEY"));
        }

        Response edit = unchanged(() -> api.patch(outsider.token(), item(first), Map.of("title", "Mine now", "version", 1)));
        Response editMissing = unchanged(() -> api.patch(outsider.token(), item(missing), Map.of("title", "Mine now", "version", 1)));
        assertProblem(edit, 404, "Not found");
        assertThat(edit.body().replace(first, "KEY")).isEqualTo(editMissing.body().replace(missing, "KEY"));

        Response comment = unchanged(() -> api.post(outsider.token(), item(first) + "/comments", Map.of("body", "hello")));
        assertProblem(comment, 404, "Not found");
        Response delete = unchanged(() -> api.delete(outsider.token(), item(first) + "?version=1"));
        assertProblem(delete, 404, "Not found");
        Response link = unchanged(() -> api.post(outsider.token(), dependencies(third), Map.of("predecessor", first)));
        assertProblem(link, 404, "Not found");

        Response hiddenProject = unchanged(() -> api.get(outsider.token(), "/api/v1/projects/" + project));
        Response absentProject = unchanged(() -> api.get(outsider.token(), "/api/v1/projects/ZZNOPE"));
        assertProblem(hiddenProject, 404, "Not found");
        assertThat(hiddenProject.body().replace(project, "KEY")).isEqualTo(absentProject.body().replace("ZZNOPE", "KEY"));
        assertProblem(unchanged(() -> api.get(outsider.token(), items())), 404, "Not found");
    }

    @Test
    void aDependencyOnAnItemYouCannotSeeDoesNotRevealIt() {
        Person otherPm = api.newPerson("PMO");
        String hiddenItem = api.newItem(otherPm.token(), api.newProject(otherPm.token()), "task", "Secret");
        api.addMember(project, otherPm.username(), "ENGINEER");
        Person engineer = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");

        Response r = unchanged(() -> api.post(engineer.token(), dependencies(third), Map.of("predecessor", hiddenItem)));
        Response absent = unchanged(() -> api.post(engineer.token(), dependencies(third), Map.of("predecessor", "ZZNOPE-1")));

        assertProblem(r, 400, "Invalid input");
        assertThat(r.detail()).isEqualTo("predecessor names no item you can see: " + hiddenItem);
        assertThat(r.body().replace(hiddenItem, "KEY")).isEqualTo(absent.body().replace("ZZNOPE-1", "KEY"));
    }

    @Test
    void stakeholderCannotEdit() {
        Response edit = unchanged(() -> api.patch(stakeholder.token(), item(first), Map.of("title", "Mine", "version", 1)));
        assertProblem(edit, 403, "Not allowed");
        assertThat(edit.detail()).isEqualTo("Your role in " + project + " (STAKEHOLDER) does not allow this.");

        assertProblem(unchanged(() -> api.post(stakeholder.token(), items(), Map.of("type", "task", "title", "x"))), 403, "Not allowed");
        assertProblem(unchanged(() -> api.post(stakeholder.token(), item(first) + "/comments", Map.of("body", "hi"))), 403, "Not allowed");
        assertProblem(unchanged(() -> api.post(stakeholder.token(), dependencies(third), Map.of("predecessor", first))), 403, "Not allowed");
        assertProblem(unchanged(() -> api.delete(stakeholder.token(), item(first) + "?version=1")), 403, "Not allowed");
    }

    @Test
    void negativeEstimates() {
        for (String field : List.of("storyPoints", "estimateHours", "optimisticDays", "mostLikelyDays", "pessimisticDays")) {
            Response created = unchanged(() -> api.post(pm.token(), items(), Map.of("type", "task", "title", "x", field, -1)));
            assertProblem(created, 400, "Invalid input");
            assertThat(created.detail()).isEqualTo(field + " must be between 0 and 10000");

            Response patched = unchanged(() -> api.patch(pm.token(), item(first), Map.of(field, -0.5, "version", 1)));
            assertProblem(patched, 400, "Invalid input");
            assertThat(patched.json().get("errors").get(field).asString()).isEqualTo("must be between 0 and 10000");
        }
    }

    @Test
    void threePointEstimatesOutOfOrder() {
        Response optimistic = unchanged(() -> api.post(pm.token(), items(), Map.of("type", "task", "title", "x",
                "optimisticDays", 5, "mostLikelyDays", 3)));
        assertProblem(optimistic, 400, "Invalid input");
        assertThat(optimistic.detail()).isEqualTo("optimisticDays must not exceed mostLikelyDays");

        Response pessimistic = unchanged(() -> api.patch(pm.token(), item(first), Map.of("mostLikelyDays", 5,
                "pessimisticDays", 4, "version", 1)));
        assertProblem(pessimistic, 400, "Invalid input");
        assertThat(pessimistic.detail()).isEqualTo("pessimisticDays must not be below mostLikelyDays");
    }

    @Test
    void labelsWithSpaces() {
        Response created = unchanged(() -> api.post(pm.token(), items(), Map.of("type", "task", "title", "x",
                "labels", List.of("ok", "two words"))));
        assertProblem(created, 400, "Invalid input");
        assertThat(created.detail()).isEqualTo("labels must not contain spaces ('two words')");

        Response patched = unchanged(() -> api.patch(pm.token(), item(first), Map.of("labels", List.of("a\tb"), "version", 1)));
        assertProblem(patched, 400, "Invalid input");
        assertThat(patched.json().get("errors").get("labels").asString()).isEqualTo("must not contain spaces ('a\tb')");
    }

    @Test
    void assigneeWhoIsNotAMember() {
        Response created = unchanged(() -> api.post(pm.token(), items(), Map.of("type", "task", "title", "x",
                "assignee", outsider.username())));
        assertProblem(created, 400, "Invalid input");
        assertThat(created.detail()).isEqualTo("assignee " + outsider.username() + " is not a member of " + project);

        Response nobody = unchanged(() -> api.patch(pm.token(), item(first), Map.of("assignee", "zz-nobody-here", "version", 1)));
        assertProblem(nobody, 400, "Invalid input");
        assertThat(nobody.detail()).isEqualTo("assignee names nobody: 'zz-nobody-here'");
    }

    @Test
    void aRefusedPatchAppliesNothingOfItEvenTheValidFields() {
        Response r = unchanged(() -> api.patch(pm.token(), item(first), fields("title", "Valid title", "description", "ok",
                "priority", "high", "labels", List.of("fine"), "mostLikelyDays", 2, "plannedStart", "2027-02-01",
                "plannedFinish", "2027-01-01", "version", 1)));

        assertProblem(r, 400, "Invalid input");
        Response item = api.get(pm.token(), item(first));
        assertThat(item.text("title")).isEqualTo("Design it");
        assertThat(item.text("priority")).isEqualTo("medium");
        assertThat(item.number("version")).isEqualTo(1);
    }

    private Response unchanged(Supplier<Response> call) {
        DbState before = api.state(project);
        Response response = call.get();
        assertThat(api.state(project)).as("database after %s", response).isEqualTo(before);
        return response;
    }

    private static void assertProblem(Response r, int status, String title) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.isProblem()).as(r.toString()).isTrue();
        assertThat(r.text("title")).isEqualTo(title);
        assertThat(r.number("status")).isEqualTo(status);
        assertThat(r.detail()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception", "dev.tandem.", "\tat ");
    }

    private String items() {
        return "/api/v1/projects/" + project + "/items";
    }

    private static String item(String key) {
        return "/api/v1/items/" + key;
    }

    private static String dependencies(String key) {
        return "/api/v1/items/" + key + "/dependencies";
    }
}
