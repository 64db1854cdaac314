package dev.tandem.schedule.web;

import dev.tandem.support.Api;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonDraft;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The Gantt's JSON over real HTTP with a browser session: Design (3 days) then Build (2 days, due Friday 8 January)
 * from Monday 4 January 2027, a one-day Docs task beside them and a milestone; dates worked out by hand.
 */
@TandemIntegrationTest
class GanttDataIntegrationTests {

    private static final String ADMIN_PASSWORD = "test-admin-password-0";
    private static final String PASSWORD = "a-long-test-password-1";

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
    ScheduleManagement schedules;

    Actor admin;
    String key;
    String design;
    String build;
    String docs;

    @BeforeEach
    void twoLinkedTasks() {
        PersonSummary person = identity.get("admin");
        admin = new Actor(person.id(), person.username(), person.orgRole());
        key = "G" + unique().substring(0, 6).toUpperCase();
        portfolio.createProject(admin, key, "Gantt " + key, null, null, LocalDate.of(2027, 1, 4));
        design = items.create(admin, key, task("Design", 3, null)).key();
        build = items.create(admin, key, task("Build", 2, LocalDate.of(2027, 1, 8))).key();
        docs = items.create(admin, key, task("Docs", 1, null)).key();
        items.create(admin, key, new ItemFields("milestone", "Ready", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, Set.of()));
        items.addDependency(admin, build, design, "FS", 0);
        items.addDependency(admin, key + "-4", build, "FS", 0);
    }

    @Test
    void theDataHasRowsLinksCalendarAndTheViewersPermission() {
        var browser = PageSession.signedIn(port, "admin", ADMIN_PASSWORD);
        items.update(admin, design, new ItemFields(null, null, null, null, null, null, null, "admin", null, null, null,
                null, null, null, null, null, null, null, Set.of()), items.get(admin, design).version());

        var reply = browser.getJson("/projects/" + key + "/gantt/data");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode data = reply.json();
        // bars are labelled with the person's name, not their username
        assertThat(row(data, design).get("assignee").asString()).isEqualTo("admin");
        assertThat(row(data, design).get("assigneeName").asString()).isEqualTo(identity.get("admin").displayName());
        assertThat(data.get("project").asString()).isEqualTo(key);
        assertThat(data.get("editable").asBoolean()).isTrue();
        assertThat(data.get("start").asString()).isEqualTo("2027-01-04");
        assertThat(data.get("finish").asString()).isEqualTo("2027-01-08");
        assertThat(data.get("today").asString()).isNotBlank();
        assertThat(keys(data)).containsExactly(design, build, docs, key + "-4");
        JsonNode first = row(data, design);
        assertThat(first.get("start").asString()).isEqualTo("2027-01-04");
        assertThat(first.get("finish").asString()).isEqualTo("2027-01-06");
        assertThat(first.get("critical").asBoolean()).isTrue();
        assertThat(first.get("durationSource").asString()).isEqualTo("estimate-days");
        assertThat(first.get("version").asLong()).isEqualTo(items.get(admin, design).version());
        assertThat(first.get("statusLabel").asString()).isEqualTo("Backlog");
        assertThat(row(data, key + "-4").get("milestone").asBoolean()).isTrue();
        assertThat(row(data, key + "-4").get("finish").asString()).isEqualTo("2027-01-08");
        assertThat(data.get("links")).hasSize(2);
        assertThat(data.get("links").get(0).get("from").asString()).isEqualTo(design);
        assertThat(data.get("links").get(0).get("to").asString()).isEqualTo(build);
        assertThat(data.get("links").get(0).get("type").asString()).isEqualTo("FS");
        assertThat(data.get("criticalPath").size()).isEqualTo(3);
        assertThat(data.get("conflicts")).isEmpty();
        assertThat(data.get("baselines")).isEmpty();
        assertThat(data.get("calendar").get("workingWeekdays").toString()).isEqualTo("[1,2,3,4,5]");
    }

    @Test
    void aChosenBaselineAddsItsDatesToEachRow() {
        api.feasibilitySignedOff(key);
        long baseline = schedules.captureBaseline(admin, key, "Kick-off").id();
        var browser = PageSession.signedIn(port, "admin", ADMIN_PASSWORD);

        JsonNode data = browser.getJson("/projects/" + key + "/gantt/data?baseline=" + baseline).json();

        assertThat(data.get("baseline").asLong()).isEqualTo(baseline);
        assertThat(data.get("baselines").get(0).get("name").asString()).isEqualTo("Kick-off");
        assertThat(row(data, build).get("baselineStart").asString()).isEqualTo("2027-01-07");
        assertThat(row(data, build).get("baselineFinish").asString()).isEqualTo("2027-01-08");
    }

    @Test
    void movingABarSavesItsDatesAndReschedulesItsSuccessor() {
        var browser = PageSession.signedIn(port, "admin", ADMIN_PASSWORD);
        long version = items.get(admin, docs).version();

        var reply = browser.postJson("/projects/" + key + "/gantt/items/" + docs + "/dates",
                "{\"start\":\"2027-01-06\",\"version\":" + version + "}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(row(reply.json(), docs).get("start").asString()).isEqualTo("2027-01-06");
        assertThat(row(reply.json(), docs).get("finish").asString()).isEqualTo("2027-01-06");
        ItemView saved = items.get(admin, docs);
        assertThat(saved.plannedStart()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(saved.plannedFinish()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(row(reply.json(), docs).get("version").asLong()).isEqualTo(saved.version());
    }

    @Test
    void resizingABarMovesTheSuccessorAndTheMilestone() {
        items.update(admin, build, new ItemFields(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, LocalDate.of(2027, 1, 12), Set.of()), items.get(admin, build).version());
        var browser = PageSession.signedIn(port, "admin", ADMIN_PASSWORD);

        var reply = browser.postJson("/projects/" + key + "/gantt/items/" + design + "/dates",
                "{\"finish\":\"2027-01-07\",\"version\":" + items.get(admin, design).version() + "}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode data = reply.json();
        assertThat(row(data, design).get("finish").asString()).isEqualTo("2027-01-07");
        assertThat(row(data, build).get("start").asString()).isEqualTo("2027-01-08");
        assertThat(row(data, build).get("finish").asString()).isEqualTo("2027-01-11");
        assertThat(row(data, key + "-4").get("finish").asString()).isEqualTo("2027-01-11");
        assertThat(items.get(admin, design).plannedStart()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(items.get(admin, design).plannedFinish()).isEqualTo(LocalDate.of(2027, 1, 7));
    }

    @Test
    void aMoveBeforeThePredecessorFinishesIsRefusedAndSavesNothing() {
        var browser = PageSession.signedIn(port, "admin", ADMIN_PASSWORD);
        ItemView before = items.get(admin, build);

        var reply = browser.postJson("/projects/" + key + "/gantt/items/" + build + "/dates",
                "{\"start\":\"2027-01-05\",\"version\":" + before.version() + "}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("detail").asString()).contains(build + " cannot start on 2027-01-05")
                .contains(design + " (FS)").contains("2027-01-07");
        assertThat(items.get(admin, build)).isEqualTo(before);
    }

    @Test
    void aMoveThatMakesADueDateSlipIsRefusedAndSavesNothing() {
        var browser = PageSession.signedIn(port, "admin", ADMIN_PASSWORD);
        ItemView before = items.get(admin, design);

        var reply = browser.postJson("/projects/" + key + "/gantt/items/" + design + "/dates",
                "{\"start\":\"2027-01-05\",\"version\":" + before.version() + "}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("detail").asString()).contains(build + " would finish 2027-01-11")
                .contains("due date 2027-01-08");
        assertThat(items.get(admin, design)).isEqualTo(before);
        assertThat(browser.getJson("/projects/" + key + "/gantt/data").json().get("conflicts")).isEmpty();
    }

    @Test
    void aFinishBeforeTheStartOrAStaleVersionIsRefusedAndSavesNothing() {
        var browser = PageSession.signedIn(port, "admin", ADMIN_PASSWORD);
        ItemView before = items.get(admin, docs);
        String path = "/projects/" + key + "/gantt/items/" + docs + "/dates";

        var backwards = browser.postJson(path, "{\"start\":\"2027-01-06\",\"finish\":\"2027-01-05\",\"version\":"
                + before.version() + "}");
        var stale = browser.postJson(path, "{\"start\":\"2027-01-06\",\"version\":" + (before.version() + 7) + "}");
        var summaryOrMilestone = browser.postJson("/projects/" + key + "/gantt/items/" + key + "-4/dates",
                "{\"start\":\"2027-01-06\",\"version\":0}");

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("detail").asString()).contains("must not be before the start");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("changed by someone else");
        assertThat(summaryOrMilestone.status()).isEqualTo(400);
        assertThat(items.get(admin, docs)).isEqualTo(before);
    }

    @Test
    void aStakeholderReadsTheGanttButMayNotMoveABar() {
        String stakeholder = newPerson();
        portfolio.addMember(admin, key, stakeholder, ProjectRole.STAKEHOLDER);
        var browser = PageSession.signedIn(port, stakeholder, PASSWORD);
        ItemView before = items.get(admin, docs);

        var page = browser.get("/projects/" + key + "/gantt");
        var data = browser.getJson("/projects/" + key + "/gantt/data");
        var move = browser.postJson("/projects/" + key + "/gantt/items/" + docs + "/dates",
                "{\"start\":\"2027-01-06\",\"version\":" + before.version() + "}");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-editable=\"false\"").contains("your role does not allow moving");
        assertThat(data.status()).isEqualTo(200);
        assertThat(data.json().get("editable").asBoolean()).isFalse();
        assertThat(move.status()).isEqualTo(403);
        assertThat(items.get(admin, docs)).isEqualTo(before);
    }

    @Test
    void someoneOutsideTheProjectFindsNoGantt() {
        var browser = PageSession.signedIn(port, newPerson(), PASSWORD);

        assertThat(browser.get("/projects/" + key + "/gantt").status()).isEqualTo(404);
        assertThat(browser.getJson("/projects/" + key + "/gantt/data").status()).isEqualTo(404);
        assertThat(browser.postJson("/projects/" + key + "/gantt/items/" + docs + "/dates",
                "{\"start\":\"2027-01-06\",\"version\":0}").status()).isEqualTo(404);
    }

    @Test
    void anEmptyProjectHasAnEmptyGanttNotAnError() {
        String empty = "E" + unique().substring(0, 6).toUpperCase();
        portfolio.createProject(admin, empty, "Empty " + empty, null, null, LocalDate.of(2027, 1, 4));
        var browser = PageSession.signedIn(port, "admin", ADMIN_PASSWORD);

        var page = browser.get("/projects/" + empty + "/gantt");
        var data = browser.getJson("/projects/" + empty + "/gantt/data");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/projects/" + empty + "/gantt\" aria-current=\"page\"");
        assertThat(data.status()).isEqualTo(200);
        assertThat(data.json().get("items")).isEmpty();
    }

    private static List<String> keys(JsonNode data) {
        List<String> keys = new ArrayList<>();
        data.get("items").forEach(i -> keys.add(i.get("key").asString()));
        return keys;
    }

    private static JsonNode row(JsonNode data, String itemKey) {
        for (JsonNode item : data.get("items")) {
            if (item.get("key").asString().equals(itemKey)) {
                return item;
            }
        }
        throw new AssertionError("No row " + itemKey + " in " + data);
    }

    private static ItemFields task(String title, int days, LocalDate due) {
        return new ItemFields("task", title, null, null, null, null, null, null, null, null, null, null, null,
                BigDecimal.valueOf(days), null, null, null, due, Set.of());
    }

    private String newPerson() {
        String username = "g" + unique();
        identity.create(admin, new PersonDraft(username, "Person " + username, username + "@example.com", PASSWORD,
                "en", null, null, null, null));
        return username;
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
