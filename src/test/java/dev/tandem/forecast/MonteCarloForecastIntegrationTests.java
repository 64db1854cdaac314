package dev.tandem.forecast;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A project that starts on a Monday two weeks ahead, Monday to Friday: Design (three-point 2 / 3 / 6 days, so four
 * days planned) → Build (exactly 2 days) → Release (milestone). Design's triangular spread, scaled to its four planned
 * days, lasts 3 to 8 days, so the project ends between its 5th and its 10th working day.
 */
@TandemIntegrationTest
class MonteCarloForecastIntegrationTests {

    @Autowired
    Api api;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    String token;
    String key;
    LocalDate start;
    String design;
    String build;
    String release;

    @BeforeEach
    void project() {
        token = api.adminToken();
        key = Api.uniqueProjectKey();
        start = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        Response created = api.post(token, "/api/v1/projects", Map.of("key", key, "name", "Forecast " + key,
                "startDate", start.toString()));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        design = Response.text(api.newItem(token, key, fields("type", "task", "title", "Design",
                "optimisticDays", 2, "mostLikelyDays", 3, "pessimisticDays", 6)), "key");
        build = Response.text(api.newItem(token, key, fields("type", "task", "title", "Build",
                "optimisticDays", 2, "mostLikelyDays", 2, "pessimisticDays", 2)), "key");
        release = api.newItem(token, key, "milestone", "Release");
        api.link(token, design, build);
        api.link(token, build, release);
    }

    private Response forecast(String bearer, Map<String, ?> body) {
        return api.post(bearer, "/api/v1/projects/" + key + "/forecast", body);
    }

    /** The project's n-th working day, counting from 0 (no holidays in this calendar). */
    private LocalDate workingDay(int n) {
        return start.plusDays(n / 5 * 7L + n % 5);
    }

    @Test
    void forecastsTheFinishAndTheMilestoneWithTheirSpreadAndWhatDrivesThem() {
        Response r = forecast(token, fields("iterations", 2_000, "seed", 7, "target", workingDay(9).toString()));

        assertThat(r.status()).as("%s", r).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("iterations").asInt()).isEqualTo(2_000);
        assertThat(body.get("seed").asLong()).isEqualTo(7);
        assertThat(Response.text(body, "deterministicFinish")).isEqualTo(workingDay(5).toString());
        LocalDate p50 = LocalDate.parse(body.get("finish").get("p50").asString());
        LocalDate p85 = LocalDate.parse(body.get("finish").get("p85").asString());
        LocalDate p95 = LocalDate.parse(body.get("finish").get("p95").asString());
        assertThat(p50).isAfterOrEqualTo(workingDay(4)).isBeforeOrEqualTo(p85);
        assertThat(p85).isBeforeOrEqualTo(p95);
        assertThat(p95).isBeforeOrEqualTo(workingDay(9));
        assertThat(body.get("targetProbability").asDouble()).isEqualTo(1.0);
        assertThat(body.get("baselineProbability").isNull()).isTrue();

        JsonNode milestone = body.get("milestones").get(0);
        assertThat(Response.text(milestone, "key")).isEqualTo(release);
        assertThat(Response.text(milestone, "deterministicDate")).isEqualTo(workingDay(5).toString());
        assertThat(milestone.get("percentiles").get("p85").asString()).isEqualTo(p85.toString());

        int total = 0;
        for (JsonNode bar : body.get("histogram")) {
            total += bar.get("iterations").asInt();
        }
        assertThat(total).isEqualTo(2_000);
        JsonNode histogram = body.get("histogram");
        assertThat(histogram.get(histogram.size() - 1).get("cumulative").asDouble()).isEqualTo(1.0);

        Map<String, JsonNode> items = new HashMap<>();
        body.get("items").forEach(i -> items.put(Response.text(i, "key"), i));
        assertThat(items.get(design).get("criticality").asDouble()).isEqualTo(1.0);
        assertThat(items.get(build).get("criticality").asDouble()).isEqualTo(1.0);
        assertThat(Response.text(items.get(design), "basis")).isEqualTo("three-point");
        assertThat(Response.text(items.get(release), "basis")).isEqualTo("fixed");
        assertThat(body.get("sensitivity").get(0).get("key").asString()).isEqualTo(design);
    }

    @Test
    void theSameSeedGivesTheSameAnswer() {
        Map<String, Object> request = fields("iterations", 500, "seed", 11);

        assertThat(forecast(token, request).body()).isEqualTo(forecast(token, request).body());
    }

    @Test
    void aTargetBeforeAnyPossibleFinishHasNoChance() {
        Response r = forecast(token, fields("iterations", 100, "target", workingDay(3).toString()));

        assertThat(r.json().get("targetProbability").asDouble()).isZero();
    }

    @Test
    void refusesTooFewOrTooManyIterations() {
        for (int iterations : new int[] {99, 100_001}) {
            Response r = api.unchanged(key, () -> forecast(token, fields("iterations", iterations)));

            assertThat(r.status()).as("%s", r).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
            assertThat(r.json().get("errors").get("iterations").asString()).contains("between 100 and 100,000");
        }
    }

    @Test
    void refusesATargetBeforeTheProjectStart() {
        Response r = forecast(token, fields("target", start.minusDays(1).toString()));

        assertThat(r.status()).as("%s", r).isEqualTo(400);
        assertThat(r.detail()).contains("before the project start (" + start + ")");
    }

    @Test
    void refusesADependencyCycleAndNamesItsItems() {
        // the API refuses a link that closes a cycle, so one is written the way a bad import would
        var jdbc = api.jdbc();
        Long designId = jdbc.queryForObject("select id from work_item where item_key = ?", Long.class, design);
        Long buildId = jdbc.queryForObject("select id from work_item where item_key = ?", Long.class, build);
        Long projectId = jdbc.queryForObject("select project_id from work_item where id = ?", Long.class, designId);
        jdbc.update("insert into dependency (project_id, predecessor_id, successor_id, type, lag_days, created_at) "
                + "values (?, ?, ?, 'FS', 0, current_timestamp)", projectId, buildId, designId);
        try {
            Response r = forecast(token, null);

            assertThat(r.status()).as("%s", r).isEqualTo(400);
            assertThat(r.detail()).contains("cycle").contains(design + " → " + build + " → " + design);
        } finally {
            jdbc.update("delete from dependency where predecessor_id = ? and successor_id = ?", buildId, designId);
        }
    }

    @Test
    void readersOfTheProjectMayForecastAndOutsidersFindNothing() {
        Api.Person stakeholder = api.newPerson();
        api.addMember(key, stakeholder.username(), "STAKEHOLDER");
        Api.Person outsider = api.newPerson();

        assertThat(forecast(stakeholder.token(), fields("iterations", 100)).status()).isEqualTo(200);
        Response hidden = forecast(outsider.token(), fields("iterations", 100));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.isProblem()).isTrue();
        assertThat(api.post(outsider.token(), "/api/v1/projects/" + key + "/forecast/what-it-would-take", null)
                .status()).isEqualTo(404);
    }

    @Test
    void saysWhichItemToShortenForTheP85ToMeetATarget() {
        Response r = api.post(token, "/api/v1/projects/" + key + "/forecast/what-it-would-take",
                fields("target", workingDay(5).toString()));

        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().get("met").asBoolean()).isTrue();
        assertThat(LocalDate.parse(r.json().get("p85After").asString())).isBeforeOrEqualTo(workingDay(5));
        assertThat(r.json().get("shortenings").get(0).get("key").asString()).isEqualTo(design);
    }

    @Test
    void withoutATargetABaselineOrItemsThereIsNothingToAimFor() {
        String empty = api.newProject(token);

        Response r = api.post(token, "/api/v1/projects/" + empty + "/forecast/what-it-would-take", null);

        assertThat(r.status()).as("%s", r).isEqualTo(400);
        assertThat(r.json().get("errors").get("target").asString()).contains("neither a baseline nor items");
    }

    @Test
    void threePointEstimatesArePatchedAndAPessimisticBelowTheOptimisticIsRefused() {
        String path = "/api/v1/items/" + design;
        long version = api.get(token, path).number("version");

        Response refused = api.unchanged(key, () -> api.patch(token, path, fields("optimisticDays", 5,
                "mostLikelyDays", 5, "pessimisticDays", 4, "version", version)));
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.json().get("errors").get("pessimisticDays").asString()).contains("must not be below");

        Response saved = api.patch(token, path, fields("optimisticDays", 1, "mostLikelyDays", 2,
                "pessimisticDays", 9, "version", version));
        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        assertThat(saved.json().get("pessimisticDays").asDouble()).isEqualTo(9.0);
    }

    @Test
    void thePageDrawsTheSpreadAndSaysWhatItWouldTakeAndThePanelShowsP50AndP85() {
        PageSession admin = PageSession.signedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);

        var page = admin.get("/projects/" + key + "/forecast?target=" + workingDay(5) + "&iterations=500");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"forecast-mc-histogram\"").contains("forecast-mc-curve")
                .contains("id=\"forecast-mc-plan\"").contains(design)
                .contains("href=\"/projects/" + key + "/forecast\"");

        var bad = admin.get("/projects/" + key + "/forecast?iterations=5");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"forecast-mc-problem\"").contains("between 100 and 100,000");

        var panel = admin.get("/projects/" + key + "/forecast-panel", "HX-Request", "true");
        assertThat(panel.body()).contains("forecast-mc-panel");

        JsonNode gantt = admin.getJson("/projects/" + key + "/gantt/data").json();
        JsonNode odds = gantt.get("confidence").get(release);
        assertThat(LocalDate.parse(odds.get("p50").asString())).isBeforeOrEqualTo(LocalDate.parse(odds.get("p85").asString()));
    }

    @Test
    void theGanttsOddsFollowAChangedPlanAtOnce() {
        PageSession admin = PageSession.signedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD);
        LocalDate before = LocalDate.parse(admin.getJson("/projects/" + key + "/gantt/data").json()
                .get("confidence").get(release).get("p85").asString());
        String path = "/api/v1/items/" + design;
        long version = api.get(token, path).json().get("version").asLong();

        Response longer = api.patch(token, path, fields("optimisticDays", 20, "mostLikelyDays", 25,
                "pessimisticDays", 30, "version", version));
        LocalDate after = LocalDate.parse(admin.getJson("/projects/" + key + "/gantt/data").json()
                .get("confidence").get(release).get("p85").asString());

        assertThat(longer.status()).as("%s", longer).isEqualTo(200);
        assertThat(after).as("not an answer kept from before the change").isAfter(before);
    }
}
