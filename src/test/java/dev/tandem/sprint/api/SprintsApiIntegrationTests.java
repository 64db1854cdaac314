package dev.tandem.sprint.api;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.portfolio.Permission;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The Scrum track over the JSON API: sprint lifecycle, capacity, burndown, velocity, stand-up and refusals. */
@TandemIntegrationTest
class SprintsApiIntegrationTests {

    @Autowired
    Api api;

    Person pm;
    String project;

    @BeforeEach
    void project() {
        pm = api.newPerson("PMO");
        project = api.newProject(pm.token());
    }

    // lifecycle

    @Test
    void aSprintIsPlannedStartedAndCompletedWithUnfinishedWorkCarriedOver() {
        String a = item("story", "Sign-up form", 3);
        String b = item("story", "Email check", 5);
        String c = item("story", "Password rules", 2);
        String d = item("task", "Copy text", 1);
        long first = plan("Sprint 1", "2027-01-04", "2027-01-15");
        long second = plan("Sprint 2", "2027-01-18", "2027-01-29");
        add(first, a);
        add(first, b);
        add(first, c);
        assertThat(backlog()).containsExactly(d);

        Response started = api.post(pm.token(), sprint(first) + "/start", Map.of("version", version(first)));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.text("state")).isEqualTo("ACTIVE");
        assertThat(started.json().get("committedPoints").decimalValue()).isEqualByComparingTo("10");
        Response another = api.post(pm.token(), sprint(second) + "/start", Map.of("version", version(second)));
        assertThat(another.status()).as(another.toString()).isEqualTo(409);
        assertThat(another.detail()).contains("Sprint 1").contains("active");

        add(first, d);
        setStatus(a, "Done");
        setStatus(b, "Done");
        setStatus(d, "Done");
        setStatus(c, "In progress");

        Response completed = api.post(pm.token(), sprint(first) + "/complete", Map.of("version", version(first)));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(texts(completed.json().get("done"))).containsExactly(a, b, d);
        assertThat(texts(completed.json().get("carriedOver"))).containsExactly(c);
        assertThat(completed.text("carriedTo")).isEqualTo("Sprint 2");
        assertThat(texts(completed.json().get("returnedToBacklog"))).isEmpty();
        JsonNode closed = completed.json().get("sprint");
        assertThat(closed.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(closed.get("completedPoints").decimalValue()).isEqualByComparingTo("9");
        assertThat(outcomes(closed)).containsExactly(a + "=DONE", b + "=DONE", c + "=CARRIED", d + "=DONE");

        Response next = api.get(pm.token(), sprint(second));
        assertThat(next.texts("items", "key")).containsExactly(c);
        assertThat(backlog()).isEmpty();
        assertThat(api.get(pm.token(), "/api/v1/items/" + c + "/history").json()).anySatisfy(h -> {
            assertThat(h.get("field").asString()).isEqualTo("sprint");
            assertThat(Response.text(h, "oldValue")).isEqualTo("Sprint 1");
            assertThat(Response.text(h, "newValue")).isEqualTo("Sprint 2");
        });
        assertThat(api.get(pm.token(), sprint(first) + "/history").texts("", "field"))
                .containsExactly("state", "items", "items", "items", "state", "items", "state", "carriedOver");

        // the second sprint: C gets done, E does not and goes back to the backlog
        String e = item("task", "Error page", 4);
        add(second, e);
        api.post(pm.token(), sprint(second) + "/start", Map.of("version", version(second)));
        setStatus(c, "Done");
        Response toBacklog = api.post(pm.token(), sprint(second) + "/complete",
                Map.of("version", version(second), "carryOver", "backlog"));
        assertThat(toBacklog.status()).as(toBacklog.toString()).isEqualTo(200);
        assertThat(texts(toBacklog.json().get("returnedToBacklog"))).containsExactly(e);
        assertThat(toBacklog.text("carriedTo")).isNull();
        assertThat(backlog()).containsExactly(e);

        Response velocity = api.get(pm.token(), "/api/v1/projects/" + project + "/velocity?last=6");
        assertThat(velocity.texts("sprints", "name")).containsExactly("Sprint 1", "Sprint 2");
        assertThat(velocity.json().get("sprints").get(0).get("committed").decimalValue()).isEqualByComparingTo("10");
        assertThat(velocity.json().get("sprints").get(0).get("completed").decimalValue()).isEqualByComparingTo("9");
        assertThat(velocity.json().get("sprints").get(1).get("committed").decimalValue()).isEqualByComparingTo("6");
        assertThat(velocity.json().get("sprints").get(1).get("completed").decimalValue()).isEqualByComparingTo("2");
        assertThat(velocity.json().get("average").decimalValue()).isEqualByComparingTo("5.5");
        Response lastOne = api.get(pm.token(), "/api/v1/projects/" + project + "/velocity?last=1");
        assertThat(lastOne.texts("sprints", "name")).containsExactly("Sprint 2");
    }

    @Test
    void theActiveSprintIsListedFirstThenThePlannedByStartThenTheCompletedLatestFirst() {
        long old = plan("Old", "2026-10-05", "2026-10-16");
        long older = plan("Older", "2026-09-21", "2026-10-02");
        long later = plan("Later", "2027-02-01", "2027-02-12");
        plan("Earlier", "2027-01-04", "2027-01-15");
        for (long done : new long[] {older, old}) {
            api.post(pm.token(), sprint(done) + "/start", Map.of("version", version(done)));
            api.post(pm.token(), sprint(done) + "/complete", Map.of("version", version(done)));
        }
        api.post(pm.token(), sprint(later) + "/start", Map.of("version", version(later)));

        assertThat(api.get(pm.token(), "/api/v1/projects/" + project + "/sprints").texts("", "name"))
                .containsExactly("Later", "Earlier", "Old", "Older");
    }

    @Test
    void removingAnItemPutsItBackInTheBacklogAndIsRecorded() {
        String a = item("story", "Search", 3);
        long first = plan("Sprint 1", "2027-01-04", "2027-01-15");
        add(first, a);
        long head = api.auditHead();

        Response removed = api.delete(pm.token(), sprint(first) + "/items/" + a + "?version=" + itemVersion(a));

        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.texts("items", "key")).isEmpty();
        assertThat(backlog()).containsExactly(a);
        assertThat(api.auditHead()).isEqualTo(head + 1);
        assertThat(api.get(pm.token(), "/api/v1/items/" + a + "/history").json()).anySatisfy(h -> {
            assertThat(h.get("field").asString()).isEqualTo("sprint");
            assertThat(Response.text(h, "oldValue")).isEqualTo("Sprint 1");
            assertThat(Response.text(h, "newValue")).isNull();
        });
    }

    @Test
    void aSprintIsRenamedWithItsVersionAndTheChangeIsKept() {
        long first = plan("Sprint 1", "2027-01-04", "2027-01-15");

        Response renamed = api.patch(pm.token(), sprint(first), Map.of("name", "Sign-up", "endDate", "2027-01-22",
                "version", version(first)));

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.text("name")).isEqualTo("Sign-up");
        assertThat(renamed.number("workingDays")).isEqualTo(15);
        assertThat(api.get(pm.token(), sprint(first) + "/history").texts("", "field"))
                .containsExactly("state", "name", "endDate");
    }

    // capacity

    @Test
    void capacityIsWeeklyHoursLessLeaveAgainstTheAssignedEstimates() {
        String full = person(40);
        String part = person(30);
        api.addMember(project, full, "ENGINEER");
        api.addMember(project, part, "ENGINEER");
        // Tuesday and Wednesday off, and a Saturday that costs nothing
        Response leave = api.post(api.adminToken(), "/api/v1/people/" + full + "/leave",
                Map.of("from", "2027-01-05", "to", "2027-01-06"));
        assertThat(leave.status()).as(leave.toString()).isEqualTo(200);
        api.post(api.adminToken(), "/api/v1/people/" + full + "/leave", Map.of("from", "2027-01-09"));
        Person stakeholder = api.newPerson();
        api.addMember(project, stakeholder.username(), "STAKEHOLDER");
        long first = plan("Sprint 1", "2027-01-04", "2027-01-15");
        add(first, assigned("Build", part, 35));
        add(first, assigned("Test", part, 30));
        add(first, assigned("Docs", full, 20));

        Response capacity = api.get(pm.token(), sprint(first) + "/capacity");

        JsonNode f = person(capacity, full);
        assertThat(f.get("workingDays").asInt()).isEqualTo(10);
        assertThat(f.get("leaveDays").asInt()).isEqualTo(2);
        assertThat(f.get("capacityHours").decimalValue()).isEqualByComparingTo("64");
        assertThat(f.get("committedHours").decimalValue()).isEqualByComparingTo("20");
        assertThat(f.get("overCapacity").asBoolean()).isFalse();
        JsonNode p = person(capacity, part);
        assertThat(p.get("leaveDays").asInt()).isEqualTo(0);
        assertThat(p.get("capacityHours").decimalValue()).isEqualByComparingTo("60");
        assertThat(p.get("committedHours").decimalValue()).isEqualByComparingTo("65");
        assertThat(p.get("overCapacity").asBoolean()).isTrue();
        assertThat(person(capacity, pm.username()).get("capacityHours").decimalValue()).isEqualByComparingTo("80");
        assertThat(capacity.texts("", "username")).containsExactlyInAnyOrder(pm.username(), full, part);
    }

    @Test
    void capacityAndBurndownFollowTheProjectCalendarWithItsHolidaysAndMakeUpDays() {
        String full = person(40);
        api.addMember(project, full, "ENGINEER");
        // Wednesday and Thursday are holidays, the Saturday after them a make-up working day
        holiday("2027-01-06", false);
        holiday("2027-01-07", false);
        holiday("2027-01-09", true);
        // leave on Tuesday and on the holiday Wednesday, and on the make-up Saturday
        api.post(api.adminToken(), "/api/v1/people/" + full + "/leave", Map.of("from", "2027-01-05", "to", "2027-01-06"));
        api.post(api.adminToken(), "/api/v1/people/" + full + "/leave", Map.of("from", "2027-01-09"));
        long first = plan("Sprint 1", "2027-01-04", "2027-01-15");
        add(first, assigned("Docs", full, 20));

        JsonNode f = person(api.get(pm.token(), sprint(first) + "/capacity"), full);
        Response burndown = api.get(pm.token(), sprint(first) + "/burndown");

        // ten weekdays less two holidays plus one make-up day; leave counts on Tuesday and Saturday only
        assertThat(f.get("workingDays").asInt()).isEqualTo(9);
        assertThat(f.get("leaveDays").asInt()).isEqualTo(2);
        assertThat(f.get("capacityHours").decimalValue()).as("40 h a week × 7 days / 5").isEqualByComparingTo("56");
        assertThat(burndown.texts("days", "date")).containsExactly("2027-01-04", "2027-01-05", "2027-01-08",
                "2027-01-09", "2027-01-11", "2027-01-12", "2027-01-13", "2027-01-14", "2027-01-15");
    }

    @Test
    void theStandupLooksBackToThePreviousWorkingDayOfTheProjectCalendar() {
        // Friday 2026-11-06 is a holiday; Saturday 2026-11-14 a make-up working day
        holiday("2026-11-06", false);
        holiday("2026-11-14", true);

        assertThat(since("2026-11-09")).as("Monday after a holiday Friday").isEqualTo("2026-11-05");
        assertThat(since("2026-11-16")).as("Monday after a make-up Saturday").isEqualTo("2026-11-14");
        assertThat(since("2026-11-11")).as("an ordinary Wednesday").isEqualTo("2026-11-10");
    }

    private String since(String date) {
        Response standup = api.get(pm.token(), "/api/v1/projects/" + project + "/standup?date=" + date);
        assertThat(standup.status()).as(standup.toString()).isEqualTo(200);
        return standup.text("since");
    }

    private void holiday(String day, boolean working) {
        Response set = api.send("PUT", "/api/v1/projects/" + project + "/calendar/days/" + day, "Bearer " + pm.token(),
                Map.of("working", working, "name", working ? "Make-up day" : "Holiday"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    // burndown

    /**
     * Monday 2026-11-02 to Friday 2026-11-06, 10 points committed: A (3) done Tuesday; B (5) done Thursday;
     * C (2) done Wednesday and reopened Thursday; D (1) added Wednesday and done Friday. The history is dated
     * back to those days.
     */
    @Test
    void burndownAndBurnupComeFromTheStatusHistory() {
        String a = item("story", "A", 3);
        String b = item("story", "B", 5);
        String c = item("story", "C", 2);
        String d = item("story", "D", 1);
        long first = plan("Week 45", "2026-11-02", "2026-11-06");
        add(first, a);
        add(first, b);
        add(first, c);
        api.post(pm.token(), sprint(first) + "/start", Map.of("version", version(first)));
        add(first, d);
        setStatus(a, "In progress");
        setStatus(a, "Done");
        setStatus(b, "Done");
        setStatus(c, "Done");
        setStatus(c, "In review");
        setStatus(d, "Done");
        api.jdbc().update("update sprint set started_at = ? where id = ?", noon("2026-11-02"), first);
        addedOn(first, "2026-10-30", a, b, c);
        addedOn(first, "2026-11-04", d);
        statusChangedOn(a, "2026-11-02", "2026-11-03");
        statusChangedOn(b, "2026-11-05");
        statusChangedOn(c, "2026-11-04", "2026-11-05");
        statusChangedOn(d, "2026-11-06");

        Response burndown = api.get(pm.token(), sprint(first) + "/burndown");

        assertThat(burndown.status()).as(burndown.toString()).isEqualTo(200);
        assertThat(burndown.text("unit")).isEqualTo("points");
        assertThat(burndown.json().get("committed").decimalValue()).isEqualByComparingTo("10");
        assertThat(burndown.texts("days", "date"))
                .containsExactly("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06");
        assertThat(series(burndown, "ideal")).containsExactly("8.0", "6.0", "4.0", "2.0", "0.0");
        assertThat(series(burndown, "remaining")).containsExactly("10.0", "7.0", "6.0", "3.0", "2.0");
        assertThat(series(burndown, "completed")).containsExactly("0.0", "3.0", "5.0", "8.0", "9.0");
        assertThat(series(burndown, "scope")).containsExactly("10.0", "10.0", "11.0", "11.0", "11.0");
    }

    @Test
    void withoutStoryPointsTheBurndownCountsHours() {
        String a = api.newItem(pm.token(), project, Map.of("type", "task", "title", "A", "estimateHours", 6))
                .get("key").asString();
        String b = api.newItem(pm.token(), project, Map.of("type", "task", "title", "B", "estimateHours", 4))
                .get("key").asString();
        long first = plan("Week 45", "2026-11-02", "2026-11-03");
        add(first, a);
        add(first, b);
        setStatus(a, "Done");
        addedOn(first, "2026-10-30", a, b);
        statusChangedOn(a, "2026-11-03");

        Response burndown = api.get(pm.token(), sprint(first) + "/burndown");

        assertThat(burndown.text("unit")).isEqualTo("hours");
        assertThat(series(burndown, "remaining")).containsExactly("10.0", "4.0");
        assertThat(series(burndown, "ideal")).containsExactly("5.0", "0.0");
    }

    // stand-up

    @Test
    void theStandupShowsWhatEachPersonFinishedIsDoingAndIsBlockedOn() {
        String dev = person(40);
        api.addMember(project, dev, "ENGINEER");
        String finished = assigned("Finished today", dev, 1);
        String finishedLastWeek = assigned("Finished last week", dev, 1);
        String doing = assigned("Doing", dev, 1);
        String stuck = assigned("Stuck", dev, 1);
        assigned("Not started", dev, 1);
        setStatus(finished, "Done");
        setStatus(finishedLastWeek, "Done");
        statusChangedOn(finishedLastWeek, LocalDate.now(ZoneOffset.UTC).minusDays(7).toString());
        setStatus(doing, "In progress");
        setStatus(stuck, "In progress");
        Response blocked = api.patch(pm.token(), "/api/v1/items/" + stuck,
                Map.of("blocked", true, "blockedReason", "Waiting for the API key", "version", itemVersion(stuck)));
        assertThat(blocked.status()).isEqualTo(200);

        Response standup = api.get(pm.token(), "/api/v1/projects/" + project + "/standup");

        assertThat(standup.status()).as(standup.toString()).isEqualTo(200);
        JsonNode person = person(standup.json().get("people"), dev);
        assertThat(keys(person.get("done"))).containsExactly(finished);
        assertThat(keys(person.get("doing"))).containsExactly(doing);
        assertThat(keys(person.get("blocked"))).containsExactly(stuck);
        assertThat(person.get("blocked").get(0).get("blockedReason").asString()).isEqualTo("Waiting for the API key");
    }

    // permissions and refusals

    @ParameterizedTest
    @EnumSource(ProjectRole.class)
    void onlyRolesWithManageSprintsPlanAndFillSprints(ProjectRole role) {
        Person member = api.newPerson();
        api.addMember(project, member.username(), role.name());
        String a = item("story", "A", 1);
        long first = plan("Sprint 1", "2027-01-04", "2027-01-15");
        int allowed = role.may(Permission.MANAGE_SPRINTS) ? 201 : 403;

        Response planned = api.post(member.token(), "/api/v1/projects/" + project + "/sprints",
                Map.of("name", "By " + role, "startDate", "2027-01-18", "endDate", "2027-01-29"));
        Response added = api.post(member.token(), sprint(first) + "/items", Map.of("item", a, "version", itemVersion(a)));
        Response read = api.get(member.token(), sprint(first) + "/capacity");

        assertThat(planned.status()).as(planned.toString()).isEqualTo(allowed);
        assertThat(added.status()).as(added.toString()).isEqualTo(allowed == 201 ? 200 : 403);
        assertThat(read.status()).isEqualTo(200);
        assertThat(role.may(Permission.MANAGE_SPRINTS)).isEqualTo(role == ProjectRole.PM || role == ProjectRole.EM);
    }

    @Test
    void aStakeholderReadsSprintsButCannotChangeThemAndAnOutsiderSeesNothing() {
        Person stakeholder = api.newPerson();
        Person engineer = api.newPerson();
        Person outsider = api.newPerson();
        api.addMember(project, stakeholder.username(), "STAKEHOLDER");
        api.addMember(project, engineer.username(), "ENGINEER");
        String a = item("story", "A", 1);
        long first = plan("Sprint 1", "2027-01-04", "2027-01-15");

        List<Response> refused = unchanged(() -> List.of(
                api.post(stakeholder.token(), "/api/v1/projects/" + project + "/sprints",
                        Map.of("name", "Mine", "startDate", "2027-01-04", "endDate", "2027-01-08")),
                api.post(stakeholder.token(), sprint(first) + "/items", Map.of("item", a, "version", itemVersion(a))),
                api.post(stakeholder.token(), sprint(first) + "/start", Map.of("version", version(first))),
                api.post(engineer.token(), sprint(first) + "/start", Map.of("version", version(first)))));
        assertThat(refused).extracting(Response::status).containsOnly(403);

        assertThat(api.get(stakeholder.token(), "/api/v1/projects/" + project + "/sprints").status()).isEqualTo(200);
        assertThat(api.get(stakeholder.token(), sprint(first) + "/burndown").status()).isEqualTo(200);
        List<Response> hidden = unchanged(() -> List.of(
                api.get(outsider.token(), "/api/v1/projects/" + project + "/sprints"),
                api.get(outsider.token(), "/api/v1/projects/" + project + "/backlog"),
                api.get(outsider.token(), sprint(first) + "/burndown"),
                api.get(outsider.token(), "/api/v1/projects/" + project + "/standup"),
                api.post(outsider.token(), sprint(first) + "/start", Map.of("version", version(first)))));
        assertThat(hidden).extracting(Response::status).containsOnly(404);
        assertThat(api.get(pm.token(), "/api/v1/projects/" + project + "/sprints/999999999").status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        String open = item("story", "Open", 1);
        String done = item("story", "Done already", 1);
        setStatus(done, "Done");
        String epic = api.newItem(pm.token(), project, "epic", "Big theme");
        String elsewhere = api.newItem(pm.token(), api.newProject(pm.token()), "task", "Elsewhere");
        long first = plan("Sprint 1", "2027-01-04", "2027-01-15");
        long second = plan("Sprint 2", "2027-01-18", "2027-01-29");
        add(first, open);
        String sprints = "/api/v1/projects/" + project + "/sprints";

        assertRefused(400, "endDate", () -> api.post(pm.token(), sprints,
                Map.of("name", "Backwards", "startDate", "2027-01-15", "endDate", "2027-01-04")));
        assertRefused(400, "name", () -> api.post(pm.token(), sprints,
                Map.of("name", " ", "startDate", "2027-01-04", "endDate", "2027-01-08")));
        assertRefused(400, "startDate", () -> api.post(pm.token(), sprints, Map.of("name", "No dates")));
        assertRefused(400, "endDate", () -> api.post(pm.token(), sprints,
                Map.of("name", "Too long", "startDate", "2027-01-04", "endDate", "2027-12-31")));
        assertRefused(400, "done already", () -> api.post(pm.token(), sprint(first) + "/items",
                Map.of("item", done, "version", itemVersion(done))));
        assertRefused(400, "epic", () -> api.post(pm.token(), sprint(first) + "/items",
                Map.of("item", epic, "version", itemVersion(epic))));
        assertRefused(400, "names no item", () -> api.post(pm.token(), sprint(first) + "/items",
                Map.of("item", elsewhere, "version", 0)));
        assertRefused(409, "already", () -> api.post(pm.token(), sprint(second) + "/items",
                Map.of("item", open, "version", itemVersion(open))));
        String fresh = item("story", "Fresh", 1);
        assertRefused(409, "changed by someone else", () -> api.post(pm.token(), sprint(second) + "/items",
                Map.of("item", fresh, "version", 7)));
        assertRefused(409, "only the active sprint", () -> api.post(pm.token(), sprint(first) + "/complete",
                Map.of("version", version(first))));
        assertRefused(409, "changed by someone else", () -> api.post(pm.token(), sprint(first) + "/start",
                Map.of("version", version(first) + 1)));
        assertRefused(400, "version", () -> api.post(pm.token(), sprint(first) + "/start", fields("version", null)));
        assertRefused(400, "carryOver", () -> api.post(pm.token(), sprint(first) + "/complete",
                Map.of("version", version(first), "carryOver", "sideways")));
        assertRefused(400, "last", () -> api.get(pm.token(), "/api/v1/projects/" + project + "/velocity?last=0"));

        api.post(pm.token(), sprint(first) + "/start", Map.of("version", version(first)));
        api.post(pm.token(), sprint(first) + "/complete", Map.of("version", version(first)));
        String late = item("story", "Late", 1);
        assertRefused(409, "completed", () -> api.post(pm.token(), sprint(first) + "/items",
                Map.of("item", late, "version", 0)));
        assertRefused(409, "completed", () -> api.post(pm.token(), sprint(first) + "/start",
                Map.of("version", version(first))));
        assertRefused(409, "planned", () -> api.post(pm.token(), sprint(second) + "/complete",
                Map.of("version", version(second))));
    }

    // helpers

    private String item(String type, String title, int points) {
        return api.newItem(pm.token(), project, Map.of("type", type, "title", title, "storyPoints", points))
                .get("key").asString();
    }

    private String assigned(String title, String username, int hours) {
        return api.newItem(pm.token(), project, Map.of("type", "task", "title", title, "assignee", username,
                "estimateHours", hours)).get("key").asString();
    }

    private String person(int weeklyHours) {
        String username = Api.uniqueUsername();
        Response r = api.post(api.adminToken(), "/api/v1/people", Map.of("username", username, "displayName",
                "Person " + username, "email", username + "@example.com", "weeklyCapacityHours", weeklyHours));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return username;
    }

    private long plan(String name, String start, String end) {
        Response r = api.post(pm.token(), "/api/v1/projects/" + project + "/sprints",
                Map.of("name", name, "goal", "Ship " + name, "startDate", start, "endDate", end));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.number("id");
    }

    private void add(long sprintId, String itemKey) {
        Response r = api.post(pm.token(), sprint(sprintId) + "/items",
                Map.of("item", itemKey, "version", itemVersion(itemKey)));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private void setStatus(String itemKey, String status) {
        Response r = api.patch(pm.token(), "/api/v1/items/" + itemKey, Map.of("status", status,
                "version", itemVersion(itemKey)));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private long version(long sprintId) {
        return api.get(pm.token(), sprint(sprintId)).number("version");
    }

    private long itemVersion(String itemKey) {
        return api.get(pm.token(), "/api/v1/items/" + itemKey).number("version");
    }

    private String sprint(long sprintId) {
        return "/api/v1/projects/" + project + "/sprints/" + sprintId;
    }

    private List<String> backlog() {
        return api.get(pm.token(), "/api/v1/projects/" + project + "/backlog").texts("", "key");
    }

    /** Dates the item's status changes, in the order they were made, at noon UTC of the given days. */
    private void statusChangedOn(String itemKey, String... days) {
        List<Long> ids = api.jdbc().queryForList("select c.id from work_item_change c join work_item i"
                + " on i.id = c.work_item_id where i.item_key = ? and c.field = 'status' order by c.id", Long.class, itemKey);
        assertThat(ids).hasSize(days.length);
        for (int n = 0; n < days.length; n++) {
            api.jdbc().update("update work_item_change set changed_at = ? where id = ?", noon(days[n]), ids.get(n));
        }
    }

    private void addedOn(long sprintId, String day, String... itemKeys) {
        for (String key : itemKeys) {
            api.jdbc().update("update sprint_item set added_at = ? where sprint_id = ? and work_item_id ="
                    + " (select id from work_item where item_key = ?)", noon(day), sprintId, key);
        }
    }

    private static Timestamp noon(String day) {
        return Timestamp.from(Instant.parse(day + "T12:00:00Z"));
    }

    private static List<String> series(Response burndown, String field) {
        List<String> values = new ArrayList<>();
        burndown.json().get("days").forEach(d -> values.add(d.get(field).decimalValue().toPlainString()));
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<String> keys(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.get("key").asString()));
        return values;
    }

    private static List<String> outcomes(JsonNode sprint) {
        List<String> values = new ArrayList<>();
        sprint.get("items").forEach(v -> values.add(v.get("key").asString() + "=" + v.get("outcome").asString()));
        return values;
    }

    private static JsonNode person(Response capacity, String username) {
        return person(capacity.json(), username);
    }

    private static JsonNode person(JsonNode people, String username) {
        for (JsonNode p : people) {
            if (p.get("username").asString().equals(username)) {
                return p;
            }
        }
        throw new AssertionError(username + " is not in " + people);
    }

    /** What a refused change must leave as it was: sprints, their items and history, item versions, the audit trail. */
    private String snapshot() {
        long projectId = api.jdbc().queryForObject("select id from project where project_key = ?", Long.class, project);
        return api.jdbc().queryForList("select id, name, sprint_state, start_date, end_date, version from sprint"
                + " where project_id = ? order by id", projectId)
                + "" + api.jdbc().queryForList("select s.sprint_id, s.work_item_id, s.outcome from sprint_item s"
                + " join sprint p on p.id = s.sprint_id where p.project_id = ? order by s.id", projectId)
                + api.jdbc().queryForObject("select count(*) from sprint_change c join sprint p on p.id = c.sprint_id"
                + " where p.project_id = ?", Long.class, projectId)
                + api.jdbc().queryForList("select item_key, version from work_item where project_id = ? order by id",
                projectId)
                + api.auditHead();
    }

    private <T> T unchanged(Supplier<T> call) {
        String before = snapshot();
        T result = call.get();
        assertThat(snapshot()).isEqualTo(before);
        return result;
    }

    private void assertRefused(int status, String detail, Supplier<Response> call) {
        Response r = unchanged(call);
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.isProblem()).as(r.toString()).isTrue();
        assertThat(r.body()).contains(detail);
    }
}
