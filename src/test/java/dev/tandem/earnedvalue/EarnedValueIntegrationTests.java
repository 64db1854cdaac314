package dev.tandem.earnedvalue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Earned value of a project planned in the past: A (40 h, the week three weeks ago) and B (20 h, the week two weeks
 * ago), both the engineer's at 100 an hour, so BAC = 6000 and all of it is planned by now.
 */
@TandemIntegrationTest
class EarnedValueIntegrationTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate THIS_MONDAY = TODAY.with(DayOfWeek.MONDAY);
    private static final LocalDate LAST_MONDAY = THIS_MONDAY.minusWeeks(1);

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void figuresFollowTheBaselineTheStatusesAndTheLoggedHoursAtTheProjectsRates() {
        Plan plan = plan();

        JsonNode total = ok(api.get(plan.pm().token(), evm(plan))).get("total");

        assertThat(total.get("bac").decimalValue()).isEqualByComparingTo("6000");
        assertThat(total.get("pv").decimalValue()).isEqualByComparingTo("6000");
        // 0/100 by default: A is done, B is not
        assertThat(total.get("ev").decimalValue()).isEqualByComparingTo("4000");
        // 8 h at 100
        assertThat(total.get("ac").decimalValue()).isEqualByComparingTo("800");
        assertThat(total.get("cpi").decimalValue()).isEqualByComparingTo("5");
        assertThat(total.get("spi").decimalValue()).isEqualByComparingTo("0.667");
        assertThat(total.get("eacByCpi").decimalValue()).isEqualByComparingTo("1200");
    }

    @Test
    void pastWeeksKeepTheirRecordedPointsWhenTodaysDataChanges() {
        Plan plan = plan();
        JsonNode before = ok(api.get(plan.pm().token(), evm(plan)));
        JsonNode lastWeekBefore = week(before, LAST_MONDAY.plusDays(6));

        // hours logged late for last week, and B finished
        Response late = api.post(plan.engineer().token(), "/api/v1/projects/" + plan.project() + "/items/" + plan.b()
                + "/worklogs", Map.of("date", LAST_MONDAY.plusDays(1).toString(), "hours", 4));
        move(plan, plan.b(), "Done");
        JsonNode after = ok(api.get(plan.pm().token(), evm(plan)));
        JsonNode lastWeekAfter = week(after, LAST_MONDAY.plusDays(6));

        assertThat(late.status()).as(late.toString()).isEqualTo(201);
        assertThat(lastWeekBefore.get("recorded").asBoolean()).isTrue();
        // A was finished this week, so nothing was earned by last Sunday
        assertThat(lastWeekAfter.get("ev").decimalValue()).isEqualByComparingTo(lastWeekBefore.get("ev").decimalValue())
                .isEqualByComparingTo("0");
        assertThat(lastWeekAfter.get("pv").decimalValue()).isEqualByComparingTo("6000");
        assertThat(lastWeekAfter.get("ac").decimalValue()).isEqualByComparingTo(lastWeekBefore.get("ac").decimalValue())
                .isEqualByComparingTo("800");
        assertThat(after.get("total").get("ev").decimalValue()).isEqualByComparingTo("6000");
        assertThat(after.get("total").get("ac").decimalValue()).isEqualByComparingTo("1200");
    }

    @Test
    void theProgressRuleIsTheProjectsToChooseAndOutsidersDoNotSeeTheProject() {
        Plan plan = plan();
        move(plan, plan.b(), "In progress");
        Person stakeholder = api.newPerson();
        api.addMember(plan.project(), stakeholder.username(), "STAKEHOLDER");
        Person outsider = api.newPerson();
        String settings = evm(plan) + "/settings";

        Response byEngineer = api.send("PUT", settings, "Bearer " + plan.engineer().token(),
                Map.of("progressRule", "FIFTY_FIFTY", "version", 0));
        Response unknown = api.send("PUT", settings, "Bearer " + plan.pm().token(),
                Map.of("progressRule", "SOMETIMES", "version", 0));
        Response fifty = api.send("PUT", settings, "Bearer " + plan.pm().token(),
                Map.of("progressRule", "FIFTY_FIFTY", "version", 0));
        Response stale = api.send("PUT", settings, "Bearer " + plan.pm().token(),
                Map.of("progressRule", "REMAINING", "version", 0));

        assertThat(byEngineer.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fifty.status()).as(fifty.toString()).isEqualTo(200);
        // A done 4000 + half of B's 2000
        assertThat(fifty.json().get("total").get("ev").decimalValue()).isEqualByComparingTo("5000");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get(stakeholder.token(), evm(plan)).status()).isEqualTo(200);
        assertThat(api.get(outsider.token(), evm(plan)).status()).isEqualTo(404);
        assertThat(PageSession.signedIn(port, outsider.username(), outsider.password())
                .get("/projects/" + plan.project() + "/earned-value").status()).isEqualTo(404);
    }

    @Test
    void thePageDrawsTheCurveAndExplainsTheFigures() {
        Plan plan = plan();

        var page = PageSession.signedIn(port, plan.pm().username(), plan.pm().password())
                .get("/projects/" + plan.project() + "/earned-value");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"evm-s-curve\"", "class=\"evm-pv\"", "data-figure=\"spiT\"",
                "Earned schedule (ES), days", "amounts in EUR", "BAC 6,000 EUR");
    }

    @Test
    void theWeeklySyncAndTheProjectsPageCarryTheFigures() {
        Plan plan = plan();

        JsonNode sync = ok(api.get(plan.pm().token(), "/api/v1/projects/" + plan.project() + "/sync-report"));
        var overview = PageSession.signedIn(port, plan.pm().username(), plan.pm().password()).get("/earned-value/overview");
        JsonNode lastWeek = ok(api.get(plan.pm().token(), "/api/v1/projects/" + plan.project() + "/sync-report?week="
                + dev.tandem.timetracking.TimeTrackingManagement.isoWeek(LAST_MONDAY)));

        assertThat(sync.get("earnedValue")).hasSize(1);
        assertThat(sync.get("earnedValue").get(0).get("cpi").decimalValue()).isEqualByComparingTo("5");
        assertThat(sync.get("earnedValue").get(0).get("currency").asString()).isEqualTo("EUR");
        // last week as recorded: the 8 h of three weeks ago, and nothing earned yet (A was finished this week)
        assertThat(lastWeek.get("earnedValue").get(0).get("recorded").asBoolean()).isTrue();
        assertThat(lastWeek.get("earnedValue").get(0).get("ac").decimalValue()).isEqualByComparingTo("800");
        assertThat(lastWeek.get("earnedValue").get(0).get("ev").decimalValue()).isEqualByComparingTo("0");
        assertThat(overview.body()).contains("data-project=\"" + plan.project() + "\"", ">0.667<");
    }

    @Test
    void thePmChoosesTheRuleOnThePageAndAStaleChoiceIsRefusedThere() {
        Plan plan = plan();
        move(plan, plan.b(), "In progress");
        PageSession pm = PageSession.signedIn(port, plan.pm().username(), plan.pm().password());
        pm.get("/projects/" + plan.project() + "/earned-value");

        var chosen = pm.post("/projects/" + plan.project() + "/earned-value/rule",
                Map.of("progressRule", "FIFTY_FIFTY", "version", "0"));
        var stale = pm.post("/projects/" + plan.project() + "/earned-value/rule",
                Map.of("progressRule", "REMAINING", "version", "0"));

        assertThat(chosen.status()).isEqualTo(302);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("id=\"evm-problem\"");
        assertThat(ok(api.get(plan.pm().token(), evm(plan))).get("progressRule").asString()).isEqualTo("FIFTY_FIFTY");
        assertThat(ok(api.get(plan.pm().token(), evm(plan))).get("total").get("ev").decimalValue())
                .isEqualByComparingTo("5000");
    }

    @Test
    void aRemainingEstimateMovesTheForecastOfAnItemInProgress() {
        Plan plan = plan();
        String milestone = api.newItem(plan.pm().token(), plan.project(), "milestone", "Release");
        api.link(plan.pm().token(), plan.b(), milestone);
        move(plan, plan.b(), "In progress");
        LocalDate before = forecastOf(plan, milestone);

        JsonNode item = ok(api.get(plan.engineer().token(), "/api/v1/items/" + plan.b()));
        Response set = api.patch(plan.engineer().token(), "/api/v1/items/" + plan.b(),
                Map.of("remainingHours", 80, "version", item.get("version").asLong()));
        LocalDate after = forecastOf(plan, milestone);
        Response history = api.get(plan.pm().token(), "/api/v1/items/" + plan.b() + "/history");

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("remainingHours").decimalValue()).isEqualByComparingTo("80");
        // 80 h at the engineer's 8 h a day: ten working days from today
        assertThat(after).isAfter(before);
        assertThat(history.texts("", "field")).contains("remainingHours");
    }

    // a project planned in the past with a baseline

    private record Plan(Person pm, Person engineer, String project, String a, String b) {
    }

    private Plan plan() {
        Person pm = api.newPerson("PMO");
        String project = Api.uniqueProjectKey();
        LocalDate start = THIS_MONDAY.minusWeeks(3);
        assertThat(api.post(pm.token(), "/api/v1/projects", Map.of("key", project, "name", "EV " + project,
                "startDate", start.toString())).status()).isEqualTo(201);
        Person engineer = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        String a = Response.text(api.newItem(pm.token(), project, Map.of("type", "task", "title", "A",
                "assignee", engineer.username(), "estimateHours", 40, "plannedStart", start.toString(),
                "plannedFinish", start.plusDays(4).toString())), "key");
        String b = Response.text(api.newItem(pm.token(), project, Map.of("type", "task", "title", "B",
                "assignee", engineer.username(), "estimateHours", 20, "plannedStart", start.plusWeeks(1).toString(),
                "plannedFinish", start.plusWeeks(1).plusDays(4).toString())), "key");
        long boardVersion = ok(api.get(pm.token(), "/api/v1/projects/" + project + "/review-board")).get("version").asLong();
        assertThat(api.patch(pm.token(), "/api/v1/projects/" + project + "/review-board",
                Map.of("roleRates", Map.of("ENGINEER", 100), "currency", "EUR", "version", boardVersion)).status())
                .isEqualTo(200);
        api.feasibilitySignedOff(project);
        Response baseline = api.post(pm.token(), "/api/v1/projects/" + project + "/baselines", Map.of("name", "Plan"));
        assertThat(baseline.status()).as(baseline.toString()).isEqualTo(201);
        Plan plan = new Plan(pm, engineer, project, a, b);
        move(plan, a, "Done");
        assertThat(api.post(engineer.token(), "/api/v1/projects/" + project + "/items/" + a + "/worklogs",
                Map.of("date", start.plusDays(1).toString(), "hours", 8)).status()).isEqualTo(201);
        return plan;
    }

    private void move(Plan plan, String item, String status) {
        long version = ok(api.get(plan.pm().token(), "/api/v1/items/" + item)).get("version").asLong();
        Response r = api.patch(plan.pm().token(), "/api/v1/items/" + item, Map.of("status", status, "version", version));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private LocalDate forecastOf(Plan plan, String milestone) {
        for (JsonNode m : ok(api.get(plan.pm().token(), "/api/v1/projects/" + plan.project() + "/forecast")).get("milestones")) {
            if (m.get("key").asString().equals(milestone)) {
                return LocalDate.parse(m.get("forecastDate").asString());
            }
        }
        throw new AssertionError("no milestone " + milestone + " in the forecast");
    }

    private static JsonNode week(JsonNode report, LocalDate sunday) {
        for (JsonNode point : report.get("curve")) {
            if (point.get("date").asString().equals(sunday.toString())) {
                return point;
            }
        }
        throw new AssertionError("no point for " + sunday + " in " + report.get("curve"));
    }

    private static String evm(Plan plan) {
        return "/api/v1/projects/" + plan.project() + "/earned-value";
    }

    private static JsonNode ok(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }
}
