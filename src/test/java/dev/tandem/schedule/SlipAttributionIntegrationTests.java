package dev.tandem.schedule;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A hand-computed history through the API. The project starts Monday 2027-01-04 on a Monday-to-Friday calendar:
 * Design (5 days) → Build (5) → Export (3) → milestone GA, with Build → GA and Docs (2) → GA besides. The baseline puts GA on Wednesday
 * 2027-01-20. Then the PM lengthens Design to 7 days (+2), the EM Build to 6 (+1), the PM Docs to 3 (off the driving
 * path: 0), the PM deletes Export (−3), and the review board approves CR-1: Design to 8 days (+1) and a new
 * two-day Pen test after Build (the project finish only: +2). GA ends on 2027-01-21, one working day late.
 */
@TandemIntegrationTest
class SlipAttributionIntegrationTests {

    @Autowired
    Api api;
    @Autowired
    SlipAttributions slips;
    @Autowired
    dev.tandem.identity.IdentityManagement identity;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    String admin;
    String project;
    String design;
    String build;
    String export;
    String docs;
    String ga;
    Api.Signers signers;

    @BeforeEach
    void plan() {
        admin = api.adminToken();
        project = api.newProject(admin);
        design = task("Design", 5);
        build = task("Build", 5);
        export = task("Legacy export", 3);
        docs = task("Docs", 2);
        ga = api.newItem(admin, project, "milestone", "GA");
        api.link(admin, design, build);
        api.link(admin, build, export);
        api.link(admin, build, ga);
        api.link(admin, export, ga);
        api.link(admin, docs, ga);
        signers = api.feasibilitySignedOff(project);
        assertThat(api.post(admin, "/api/v1/projects/" + project + "/baselines", Map.of("name", "Kick-off")).status())
                .isEqualTo(201);
    }

    @Test
    void eachRecordedChangeGetsTheWorkingDaysItMovedTheMilestoneAndTheyAddUpToTheSlip() {
        estimate(admin, design, 7);
        estimate(signers.em().token(), build, 6);
        estimate(admin, docs, 3);
        assertThat(api.delete(admin, "/api/v1/items/" + export + "?version=" + version(export)).status()).isEqualTo(204);
        approveChangeRequest();

        Response slip = api.get(admin, "/api/v1/projects/" + project + "/milestones/" + ga + "/slip");

        assertThat(slip.status()).as(slip.toString()).isEqualTo(200);
        JsonNode body = slip.json();
        assertThat(body.get("fromLabel").asString()).isEqualTo("Kick-off");
        assertThat(body.get("startDate").asString()).isEqualTo("2027-01-20");
        assertThat(body.get("endDate").asString()).isEqualTo("2027-01-21");
        assertThat(body.get("slipDays").asInt()).isEqualTo(1);
        List<String> causes = new ArrayList<>();
        int sum = 0;
        for (JsonNode c : body.get("causes")) {
            causes.add(c.get("kind").asString() + " " + c.get("item").asString() + " " + c.get("owner").asString() + " "
                    + c.get("days").asInt());
            sum += c.get("days").asInt();
        }
        assertThat(causes).containsExactly(
                "estimate " + design + " admin 2",
                "estimate " + build + " " + signers.em().username() + " 1",
                "scope " + export + " admin -3",
                "change-request " + design + " admin 1");
        assertThat(sum).isEqualTo(1);
        assertThat(body.get("changesOffPath").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode deleted = body.get("causes").get(2);
        assertThat(deleted.get("itemDeleted").asBoolean()).isTrue();
        assertThat(deleted.get("itemTitle").asString()).isEqualTo("Legacy export");
        JsonNode request = body.get("causes").get(3);
        assertThat(request.get("changeRequest").asString()).isEqualTo("CR-1");
        assertThat(request.get("approvers").toString()).contains(signers.em().username(), signers.architect().username());
        assertThat(request.get("auditLink").asString()).isEqualTo("/audit?target=" + project + "%2FCR-1&actor=admin");
        assertThat(body.get("causes").get(0).get("drivingPath").toString()).contains(design, build, ga);

        // the forecast Tandem shows elsewhere ends where the replay ends
        var forecast = api.get(admin, "/api/v1/projects/" + project + "/forecast").json();
        assertThat(forecast.get("milestones").get(0).get("forecastDate").asString()).isEqualTo("2027-01-21");

        Response finish = api.get(admin, "/api/v1/projects/" + project + "/slip");
        assertThat(finish.status()).isEqualTo(200);
        assertThat(finish.json().get("endDate").asString()).isEqualTo("2027-01-25");
        assertThat(finish.json().get("slipDays").asInt()).isEqualTo(3);
        int finishSum = 0;
        for (JsonNode c : finish.json().get("causes")) {
            finishSum += c.get("days").asInt();
        }
        assertThat(finishSum).isEqualTo(3);
        assertThat(finish.json().get("byKind").toString()).contains("\"kind\":\"change-request\",\"days\":3");

        String markdown = api.markdown(admin, "/api/v1/projects/" + project + "/milestones/" + ga + "/slip");
        assertThat(markdown).startsWith("# Why " + ga + " GA moved")
                .contains("2027-01-20 → 2027-01-21: +1 working days")
                .contains(export + " Legacy export (deleted)")
                .contains("CR-1 Add a pen test");
        String chinese = api.markdown(admin, "/api/v1/projects/" + project + "/milestones/" + ga + "/slip", "zh-CN");
        assertThat(chinese).startsWith("# " + ga + " GA为什么移动了")
                .contains("2027-01-20 → 2027-01-21：+1 个工作日")
                .contains("已批准的变更请求 CR-1 Add a pen test")
                .contains(export + " Legacy export （已删除）");
    }

    /**
     * A project that started on a Monday three weeks ago: Work (5 days) → Review (5 days) → milestone Ship, baselined
     * that morning. Work started that day and was blocked by the EM the next morning; it is still blocked. The history is
     * written through the API and then moved back in time, as if it had happened then. After working day 0 Work has four
     * days left from today (working day T), so Ship moves from day 10 to day T + 9: T − 1 working days, all of them the
     * block's, charged to the EM with the reason.
     */
    @Test
    void daysAnItemWaitsBlockedAreChargedToWhoeverBlockedItWithTheReason() {
        String key = api.newProject(admin);
        LocalDate start = LocalDate.now(java.time.ZoneOffset.UTC).with(java.time.temporal.TemporalAdjusters
                .previousOrSame(java.time.DayOfWeek.MONDAY)).minusWeeks(3);
        assertThat(api.patch(admin, "/api/v1/projects/" + key, Map.of("startDate", start.toString(), "version",
                api.get(admin, "/api/v1/projects/" + key).number("version"))).status()).isEqualTo(200);
        String work = api.newItem(admin, key, Map.of("type", "task", "title", "Work", "mostLikelyDays", 5)).get("key").asString();
        String review = api.newItem(admin, key, Map.of("type", "task", "title", "Review", "mostLikelyDays", 5)).get("key").asString();
        String ship = api.newItem(admin, key, "milestone", "Ship");
        api.link(admin, work, review);
        api.link(admin, review, ship);
        Api.Signers board = api.feasibilitySignedOff(key);
        assertThat(api.post(admin, "/api/v1/projects/" + key + "/baselines", Map.of("name", "Start")).status()).isEqualTo(201);

        assertThat(api.patch(admin, "/api/v1/items/" + work, Map.of("status", "In progress", "version", version(work)))
                .status()).isEqualTo(200);
        assertThat(api.patch(board.em().token(), "/api/v1/items/" + work, Map.of("blocked", true, "blockedReason",
                "Waiting for the test environment", "version", version(work))).status()).isEqualTo(200);
        // as if it had happened: the baseline that morning, the start at nine, the block at nine the next day
        var jdbc = api.jdbc();
        java.sql.Timestamp morning = java.sql.Timestamp.from(start.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        java.sql.Timestamp nine = java.sql.Timestamp.from(start.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC));
        java.sql.Timestamp nextNine = java.sql.Timestamp.from(start.plusDays(1).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC));
        long projectId = jdbc.queryForObject("select id from project where project_key = ?", Long.class, key);
        jdbc.update("update baseline set captured_at = ? where project_id = ?", morning, projectId);
        jdbc.update("update work_item_change set changed_at = ? where project_id = ? and field = 'item'",
                new java.sql.Timestamp(morning.getTime() - 60_000), projectId);
        jdbc.update("update work_item_change set changed_at = ? where project_id = ? and field = 'dependency'",
                new java.sql.Timestamp(morning.getTime() - 30_000), projectId);
        jdbc.update("update work_item_change set changed_at = ? where item_key = ? and field in ('status', 'actualStart')",
                nine, work);
        jdbc.update("update work_item_change set new_value = ? where item_key = ? and field = 'actualStart'",
                start.toString(), work);
        jdbc.update("update work_item_change set changed_at = ? where item_key = ? and field in ('blocked', 'blockedReason')",
                nextNine, work);
        jdbc.update("update work_item set actual_start = ?, blocked_since = ?, created_at = ? where item_key = ?",
                java.sql.Date.valueOf(start), nextNine, morning, work);
        jdbc.update("update work_item set created_at = ? where project_id = ?", morning, projectId);

        JsonNode slip = api.get(admin, "/api/v1/projects/" + key + "/milestones/" + ship + "/slip").json();

        int today = workingDaysFrom(start, LocalDate.now(java.time.ZoneOffset.UTC));
        assertThat(slip.get("slipDays").asInt()).isEqualTo(today - 1);
        assertThat(slip.get("causes")).singleElement().satisfies(c -> {
            assertThat(c.get("kind").asString()).isEqualTo("blocked");
            assertThat(c.get("item").asString()).isEqualTo(work);
            assertThat(c.get("owner").asString()).isEqualTo(board.em().username());
            assertThat(c.get("note").asString()).isEqualTo("Waiting for the test environment");
            assertThat(c.get("days").asInt()).isEqualTo(today - 1);
        });
    }

    /** Monday-to-Friday days from {@code start} (day 0) to {@code day}. */
    private static int workingDaysFrom(LocalDate start, LocalDate day) {
        int days = 0;
        for (LocalDate d = start; d.isBefore(day); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days++;
            }
        }
        return days;
    }

    @Test
    void thePagesShowTheWaterfallTheCausesAndTheProjectsOfThePmo() {
        estimate(admin, design, 7);
        estimate(signers.em().token(), build, 6);
        PageSession em = PageSession.signedIn(port, signers.em().username(), signers.em().password());

        var page = em.get("/projects/" + project + "/milestones/" + ga + "/slip");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"slip-waterfall\"").contains("data-kind=\"estimate\"")
                .contains("2027-01-20").contains("2027-01-25")
                // the audit trail is the PMO's and the administrators': no link for an EM
                .doesNotContain("audit-link");
        var admins = PageSession.signedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);
        assertThat(admins.get("/projects/" + project + "/milestones/" + ga + "/slip").body()).contains("audit-link");

        var badFrom = em.get("/projects/" + project + "/milestones/" + ga + "/slip?from=someday");
        assertThat(badFrom.status()).isEqualTo(400);
        assertThat(badFrom.body()).contains("id=\"slip-problem\"").contains("someday");

        var across = admins.get("/slip");
        assertThat(across.status()).isEqualTo(200);
        assertThat(across.body()).contains("data-project=\"" + project + "\"");
        var causes = slips.acrossProjects(actorOf(Api.ADMIN), 91).stream()
                .filter(p -> p.project().equals(project)).findFirst().orElseThrow();
        assertThat(causes.slipDays()).isEqualTo(3);
        assertThat(causes.daysByKind()).containsEntry("estimate", 3);
        Api.Person outsider = api.newPerson();
        assertThat(PageSession.signedIn(port, outsider.username(), outsider.password()).get("/slip").body())
                .doesNotContain(project);
    }

    @Test
    void questionsTandemCannotAnswerGetAClearProblemAndNothingChanges() {
        String fresh = api.newProject(admin);
        String milestone = api.newItem(admin, fresh, "milestone", "Beta");
        Response noBaseline = api.get(admin, "/api/v1/projects/" + fresh + "/milestones/" + milestone + "/slip");
        assertThat(noBaseline.status()).isEqualTo(409);
        assertThat(noBaseline.isProblem()).isTrue();
        assertThat(noBaseline.detail()).contains("no baseline yet").contains("from=last-week").contains("from=<date>");
        assertThat(api.get(admin, "/api/v1/projects/" + fresh + "/milestones/" + milestone + "/slip?from="
                + LocalDate.now()).status()).isEqualTo(200);

        String path = "/api/v1/projects/" + project + "/milestones/";
        Response notMilestone = api.get(admin, path + design + "/slip");
        assertThat(notMilestone.status()).isEqualTo(400);
        assertThat(notMilestone.detail()).contains(design + " is a task, not a milestone");
        assertThat(api.get(admin, path + project + "-999/slip").status()).isEqualTo(404);
        Response badFrom = api.get(admin, path + ga + "/slip?from=soon");
        assertThat(badFrom.status()).isEqualTo(400);
        assertThat(badFrom.detail()).contains("'baseline', 'last-week' or a date");
        Response tooEarly = api.get(admin, path + ga + "/slip?from=2020-01-01");
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.detail()).contains("recorded history, which begins on");
        Response future = api.get(admin, path + ga + "/slip?to=" + LocalDate.now().plusDays(2));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.detail()).contains("must not be after today");
        Response noSnapshot = api.get(admin, path + ga + "/slip?from=last-week");
        assertThat(noSnapshot.status()).isEqualTo(409);
        assertThat(noSnapshot.detail()).contains("no forecast recorded for");

        Api.Person outsider = api.newPerson();
        assertThat(api.get(outsider.token(), path + ga + "/slip").status()).isEqualTo(404);
        assertThat(api.get(outsider.token(), "/api/v1/projects/" + project + "/slip").status()).isEqualTo(404);
    }

    private void approveChangeRequest() {
        var draft = api.post(admin, "/api/v1/projects/" + project + "/change-requests", fields("title", "Add a pen test",
                "reason", "The bank asks for one", "changes", List.of(
                        fields("op", "setEstimate", "item", design, "mostLikelyDays", 8),
                        fields("op", "addItem", "type", "task", "title", "Pen test", "mostLikelyDays", 2,
                                "predecessors", List.of(build)))));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        long id = draft.number("id");
        assertThat(api.post(admin, "/api/v1/change-requests/" + id + "/submit", Map.of()).status()).isEqualTo(200);
        for (var reviewer : List.of(signers.em(), signers.architect())) {
            assertThat(api.post(reviewer.token(), "/api/v1/change-requests/" + id + "/votes",
                    Map.of("decision", "APPROVE")).status()).isEqualTo(200);
        }
        var vote = api.post(admin, "/api/v1/change-requests/" + id + "/votes", Map.of("decision", "APPROVE"));
        assertThat(vote.status()).as(vote.toString()).isEqualTo(200);
        assertThat(api.get(admin, "/api/v1/change-requests/" + id).text("state")).isEqualTo("APPLIED");
    }

    private dev.tandem.shared.Actor actorOf(String username) {
        var person = identity.get(username);
        return new dev.tandem.shared.Actor(person.id(), person.username(), person.orgRole());
    }

    private String task(String title, int days) {
        return api.newItem(admin, project, Map.of("type", "task", "title", title, "mostLikelyDays", days))
                .get("key").asString();
    }

    private void estimate(String token, String item, int days) {
        Response r = api.patch(token, "/api/v1/items/" + item, Map.of("mostLikelyDays", days, "version", version(item)));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private long version(String item) {
        return api.get(admin, "/api/v1/items/" + item).number("version");
    }
}
