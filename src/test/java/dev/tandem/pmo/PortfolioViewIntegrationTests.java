package dev.tandem.pmo;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The portfolio view of three projects built to known states: LATE's milestone is ten working days behind its
 * baseline, SLIP's two and it has a change request before the board, HIDDEN is one the project manager is not a
 * member of. A shared engineer has 200 hours of five-day work starting today in both LATE and SLIP.
 */
@TandemIntegrationTest
class PortfolioViewIntegrationTests {

    /** Hours of one five-day task, so each working day carries 40 hours. */
    private static final int TASK_HOURS = 200;

    @LocalServerPort
    int port;
    @Autowired
    Api api;

    String portfolio;
    String admin;
    Person pm;
    Person engineer;
    String late;
    String slip;
    String hidden;
    String lateMilestone;
    String slipMilestone;
    LocalDate today;

    @BeforeEach
    void buildThePortfolio() {
        admin = api.adminToken();
        today = LocalDate.now(ZoneOffset.UTC);
        portfolio = "Retail " + Api.uniqueProjectKey();
        pm = api.newPerson();
        engineer = api.newPerson();
        late = project();
        slip = project();
        hidden = project();
        for (String key : List.of(late, slip)) {
            api.addMember(key, pm.username(), "PM");
            api.addMember(key, engineer.username(), "ENGINEER");
        }
        lateMilestone = baselinedThenLengthened(late, 15).get(1);
        List<String> slipItems = baselinedThenLengthened(slip, 7);
        slipMilestone = slipItems.get(1);
        long request = api.post(pm.token(), "/api/v1/projects/" + slip + "/change-requests", fields("title",
                "Add gift cards", "reason", "Marketing asks", "changes", List.of(Map.of("op", "setEstimate",
                        "item", slipItems.get(0), "mostLikelyDays", 9)))).number("id");
        Response submitted = api.post(pm.token(), "/api/v1/change-requests/" + request + "/submit", null);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    @Test
    void healthColoursFollowTheStatedRules() {
        JsonNode view = ok(api.get(pm.token(), "/api/v1/portfolio?name=" + Api.encode(portfolio))).json();

        assertThat(view.get("portfolio").asString()).isEqualTo(portfolio);
        JsonNode lateRow = project(view, late);
        assertThat(lateRow.get("schedule").get("colour").asString()).isEqualTo("RED");
        assertThat(lateRow.get("schedule").get("subject").asString()).isEqualTo(lateMilestone);
        assertThat(lateRow.get("schedule").get("figure").asString()).isEqualTo("10");
        assertThat(lateRow.get("scope").get("colour").asString()).isEqualTo("GREEN");
        // a baseline but no hours logged: the CPI divides by zero, so the rule cannot judge it
        assertThat(lateRow.get("budget").get("colour").asString()).isEqualTo("UNKNOWN");
        assertThat(lateRow.get("quality").get("colour").asString()).isEqualTo("UNKNOWN");
        assertThat(lateRow.get("href").asString()).isEqualTo("/projects/" + late);

        JsonNode slipRow = project(view, slip);
        assertThat(slipRow.get("schedule").get("colour").asString()).isEqualTo("AMBER");
        assertThat(slipRow.get("schedule").get("figure").asString()).isEqualTo("2");
        assertThat(slipRow.get("scope").get("colour").asString()).isEqualTo("AMBER");
        assertThat(slipRow.get("openChanges")).singleElement()
                .satisfies(c -> assertThat(c.get("title").asString()).isEqualTo("Add gift cards"));

        assertThat(view.get("timeline")).extracting(m -> m.get("key").asString())
                .containsExactly(slipMilestone, lateMilestone);
    }

    @Test
    void aMemberSeesOnlyTheirProjectsAndThePmoSeesAll() {
        Person pmo = api.newPerson("PMO");
        Person outsider = api.newPerson();
        String path = "/api/v1/portfolio?name=" + Api.encode(portfolio);

        assertThat(ok(api.get(pm.token(), path)).json().get("projects")).extracting(p -> p.get("key").asString())
                .containsExactlyInAnyOrder(late, slip);
        assertThat(ok(api.get(pmo.token(), path)).json().get("projects")).extracting(p -> p.get("key").asString())
                .containsExactlyInAnyOrder(late, slip, hidden);
        assertThat(api.get(outsider.token(), path).status()).isEqualTo(404);
        assertThat(ok(api.get(pm.token(), "/api/v1/portfolio")).json().get("portfolios"))
                .extracting(JsonNode::asString).contains(portfolio);
    }

    @Test
    void sharedPeopleCarryTheirScheduledHoursAcrossProjects() {
        JsonNode view = ok(api.get(pm.token(), "/api/v1/portfolio?name=" + Api.encode(portfolio))).json();

        int perProject = 40 * workingDaysLeftThisWeek();
        JsonNode shared = stream(view.get("sharedPeople")).filter(s -> s.get("username").asString()
                .equals(engineer.username())).findFirst().orElseThrow();
        assertThat(shared.get("projects")).extracting(s -> s.get("project").asString() + " " + s.get("role").asString()
                + " " + s.get("plannedHours").decimalValue().intValue())
                .containsExactlyElementsOf(java.util.stream.Stream.of(late, slip).sorted()
                        .map(key -> key + " ENGINEER " + perProject).toList());
        assertThat(shared.get("plannedHours").decimalValue().intValue()).isEqualTo(2 * perProject);
        assertThat(shared.get("availableHours").decimalValue().intValue()).isEqualTo(40);
        assertThat(shared.get("over").asBoolean()).isEqualTo(2 * perProject > 40);
        // the PMs (the administrator opened both) belong to both projects as well, with no work of their own
        assertThat(view.get("sharedPeople")).extracting(s -> s.get("username").asString())
                .containsExactlyInAnyOrder(engineer.username(), pm.username(), "admin");
    }

    @Test
    void theExportForTheAlignmentMeetingStatesTheRulesAndTheColours() {
        String md = api.markdown(pm.token(), "/api/v1/portfolio?name=" + Api.encode(portfolio));
        String chinese = api.markdown(pm.token(), "/api/v1/portfolio?name=" + Api.encode(portfolio), "zh-CN");

        assertThat(md).startsWith("# Portfolio " + portfolio + ", ")
                .contains("## Health", "- Schedule: the next open milestone", "- Budget: the cost performance index",
                        "| " + late + " Store " + late + " | Red (" + lateMilestone
                                + ": 10 working days behind the baseline) | Green (0 in review) | Unknown | Unknown |",
                        "| " + slip + " Store " + slip + " | Amber (" + slipMilestone
                                + ": 2 working days behind the baseline) | Amber (1 in review) | Unknown | Unknown |",
                        "## Milestones of all projects", "## " + late + " Store " + late, "### Open change requests",
                        "- CR-", "Add gift cards", "### Delivery (DORA, last 90 days)\n\n- No code-host integration.",
                        "## People shared between projects", "Person " + engineer.username() + ": ")
                .doesNotContain(hidden);
        assertThat(chinese).startsWith("# 项目组合 " + portfolio + "，").contains("## 健康状况", "红色", "琥珀色",
                "## 所有项目的里程碑", "## 项目间共享的人员").doesNotContain("Health", "Red (");
    }

    @Test
    void thePageShowsTheViewInEitherLanguage() {
        var browser = PageSession.signedIn(port, pm.username(), pm.password());
        var english = browser.get("/portfolio?name=" + Api.encode(portfolio), "Accept-Language", "en");
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body()).contains("Portfolio " + portfolio, "Schedule: the next open milestone",
                "Scope: change requests before the review board", "Quality: the latest quality-gate verdicts",
                "rag-red", "rag-amber", lateMilestone + ": 10 working days behind the baseline",
                "People shared between projects", "href=\"/projects/" + late + "\"", "Add gift cards",
                "href=\"/portfolio.md?name=").doesNotContain(hidden);
        // the milestones on one time axis: the late one drawn as late, its link named with its baseline date
        assertThat(english.body()).contains("id=\"portfolio-timeline-chart\"", "class=\"tl-milestone late\"",
                "aria-label=\"" + lateMilestone + " ").containsPattern("aria-label=\"[^\"]*\\(Baseline \\d{4}-\\d{2}-\\d{2}\\)\"");

        String reader = Api.uniqueUsername();
        assertThat(api.post(admin, "/api/v1/people", fields("username", reader, "displayName", "读者 " + reader,
                "email", reader + "@example.com", "password", "a-long-test-password-1", "locale", "zh-CN")).status())
                .isEqualTo(201);
        api.addMember(slip, reader, "STAKEHOLDER");
        var chinese = PageSession.signedIn(port, reader, "a-long-test-password-1")
                .get("/portfolio?name=" + Api.encode(portfolio));
        assertThat(chinese.body()).contains("项目组合 " + portfolio, "进度：下一个未完成的里程碑", "琥珀色",
                "项目间共享的人员", "下载用于对齐会议").doesNotContain(late, "Schedule:");

        var download = browser.get("/portfolio.md?name=" + Api.encode(portfolio), "Accept-Language", "en");
        assertThat(download.body()).startsWith("# Portfolio " + portfolio);
    }

    /** A project of the portfolio starting today: five days of the engineer's work, then a milestone. */
    private String project() {
        String key = Api.uniqueProjectKey();
        Response r = api.post(admin, "/api/v1/projects", Map.of("key", key, "name", "Store " + key,
                "portfolio", portfolio, "startDate", today.toString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return key;
    }

    /** Baselines the plan, then lengthens the work before the milestone to {@code days}; the task's and milestone's keys. */
    private List<String> baselinedThenLengthened(String key, int days) {
        String build = api.newItem(admin, key, Map.of("type", "task", "title", "Build", "assignee",
                engineer.username(), "estimateHours", TASK_HOURS, "mostLikelyDays", 5)).get("key").asString();
        String ship = api.newItem(admin, key, Map.of("type", "milestone", "title", "Ship " + key)).get("key").asString();
        api.link(admin, build, ship);
        api.feasibilitySignedOff(key);
        assertThat(api.post(admin, "/api/v1/projects/" + key + "/baselines", Map.of("name", "Plan")).status())
                .isEqualTo(201);
        Response longer = api.patch(admin, "/api/v1/items/" + build, Map.of("mostLikelyDays", days,
                "estimateHours", TASK_HOURS * days / 5, "version", api.get(admin, "/api/v1/items/" + build).number("version")));
        assertThat(longer.status()).as(longer.toString()).isEqualTo(200);
        return List.of(build, ship);
    }

    /** Monday-to-Friday days from today to this week's Sunday, today included. */
    private int workingDaysLeftThisWeek() {
        LocalDate sunday = today.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return (int) today.datesUntil(sunday.plusDays(1)).filter(d -> d.getDayOfWeek().getValue() <= 5).count();
    }

    private static JsonNode project(JsonNode view, String key) {
        return stream(view.get("projects")).filter(p -> p.get("key").asString().equals(key)).findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static Response ok(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }
}
