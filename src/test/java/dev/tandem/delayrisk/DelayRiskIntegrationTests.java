package dev.tandem.delayrisk;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A project's delay risk through the API while there is no trained model (the cold-start rule says so), the early
 * warning to PM and EM once per crossing, and who may see what.
 */
@TandemIntegrationTest
class DelayRiskIntegrationTests {

    @Autowired
    Api api;
    @Autowired
    DelayRiskManagement delayRisk;
    @LocalServerPort
    int port;

    Person pm;
    Person em;
    String project;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void projectWithPmAndEm() {
        pm = api.newPerson("PMO");
        em = api.newPerson();
        project = api.newProject(pm.token());
        api.addMember(project, em.username(), "EM");
    }

    /** Planned to start six weeks ago and not started: far behind, nearly out of time. */
    String lateItem(String title) {
        return Response.text(api.newItem(pm.token(), project, fields("type", "task", "title", title,
                "plannedStart", today.minusWeeks(6).toString(), "plannedFinish", today.plusDays(1).toString())), "key");
    }

    String calmItem(String title) {
        return Response.text(api.newItem(pm.token(), project, fields("type", "task", "title", title,
                "plannedStart", today.plusWeeks(4).toString(), "plannedFinish", today.plusWeeks(5).toString())), "key");
    }

    @Test
    void aSmallProjectIsScoredByTheRuleAndSaysSoWithReasons() {
        String late = lateItem("Ledger");
        String calm = calmItem("Reports");
        api.newItem(pm.token(), project, fields("type", "task", "title", "No date"));

        Response r = api.get(em.token(), "/api/v1/projects/" + project + "/delay-risk");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text("basis")).isEqualTo("RULE");
        assertThat(r.json().get("modelVersion").isNull()).isTrue();
        assertThat(r.texts("items", "key")).containsExactly(late, calm);
        assertThat(r.json().get("items").get(0).get("probability").asDouble())
                .isGreaterThan(r.json().get("items").get(1).get("probability").asDouble());
        assertThat(r.json().get("items").get(0).get("reasons").get(0).get("text").asString())
                .isEqualTo("20 working days behind the planned start");
        var page = PageSession.signedIn(port, pm.username(), pm.password()).get("/projects/" + project + "/delay-risk");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("cold-start rule").contains(late).contains("20 working days behind");
    }

    @Test
    void pmAndEmAreWarnedOnceAndNotAgainOnRecomputation() {
        String late = lateItem("Settlement");
        calmItem("Docs");

        delayRisk.checkWarnings();
        delayRisk.checkWarnings();

        String link = "/projects/" + project + "/delay-risk#risk-" + late;
        for (Person person : List.of(pm, em)) {
            List<String> links = api.get(person.token(), "/api/v1/me/notifications").texts("", "link");
            assertThat(links).as(person.username()).containsOnlyOnce(link);
            assertThat(links.stream().filter(l -> l.startsWith("/projects/" + project + "/delay-risk"))).hasSize(1);
        }

        // re-planned out of danger, then back into it: one more warning, for the new crossing
        replan(late, today.plusWeeks(6), today.plusWeeks(7));
        delayRisk.checkWarnings();
        replan(late, today.minusWeeks(6), today.plusDays(1));
        delayRisk.checkWarnings();
        delayRisk.checkWarnings();
        assertThat(api.get(pm.token(), "/api/v1/me/notifications").texts("", "link").stream()
                .filter(link::equals)).hasSize(2);
    }

    @Test
    void theWarningReadsInChineseForAChineseReaderAndInEnglishForAnEnglishOne() {
        String late = lateItem("Settlement");
        PageSession chinese = PageSession.signedIn(port, em.username(), em.password());
        chinese.post("/locale", java.util.Map.of("lang", "zh-CN"), "Referer", chinese.base() + "/inbox");
        PageSession english = PageSession.signedIn(port, pm.username(), pm.password());

        delayRisk.checkWarnings();

        String link = "/projects/" + project + "/delay-risk#risk-" + late;
        assertThat(notice(pm, link)).startsWith(late + " “Settlement” may finish late: ")
                .contains("working days behind the planned start");
        assertThat(notice(em, link)).startsWith(late + "“Settlement”可能延期完成:").contains("比计划开始晚")
                .doesNotContain("may finish late");
        assertThat(chinese.get("/inbox").body()).contains("可能延期完成", "比计划开始晚");
        assertThat(english.get("/inbox").body()).contains("may finish late", "working days behind the planned start");
    }

    String notice(Person reader, String link) {
        for (var n : api.get(reader.token(), "/api/v1/me/notifications").json()) {
            if (n.get("link").asString().equals(link)) {
                return n.get("message").asString();
            }
        }
        throw new AssertionError("no notice " + link + " for " + reader.username());
    }

    void replan(String key, LocalDate start, LocalDate finish) {
        Response item = api.get(pm.token(), "/api/v1/items/" + key);
        Response r = api.patch(pm.token(), "/api/v1/items/" + key, fields("plannedStart", start.toString(),
                "plannedFinish", finish.toString(), "version", item.number("version")));
        assertThat(r.status()).as("re-planning %s: %s", key, r).isEqualTo(200);
    }

    @Test
    void boardAndGanttMarksAndTheWeeklySyncShowTheRiskyItemsWithTheirReasons() {
        String late = lateItem("Clearing");
        String calm = calmItem("Glossary");

        var marks = PageSession.signedIn(port, em.username(), em.password())
                .getJson("/projects/" + project + "/delay-risk/marks").json();
        assertThat(marks.has(late)).isTrue();
        assertThat(marks.has(calm)).isFalse();
        assertThat(marks.get(late).asString()).contains("% · ").contains("20 working days behind the planned start");
        // the marks are kept between page loads, but never past a change of the project
        replan(late, today.plusWeeks(6), today.plusWeeks(7));
        assertThat(PageSession.signedIn(port, em.username(), em.password())
                .getJson("/projects/" + project + "/delay-risk/marks").json().has(late)).isFalse();
        replan(late, today.minusWeeks(6), today.plusDays(1));

        Response sync = api.get(em.token(), "/api/v1/projects/" + project + "/sync-report");
        assertThat(sync.texts("delayRisks", "key")).containsExactly(late);
        assertThat(api.markdown(em.token(), "/api/v1/projects/" + project + "/sync-report"))
                .contains("Most likely to finish late").contains(late + " Clearing");
    }

    @Test
    void outsidersSeeNoProjectAndOnlyAdminsTrainOrListModels() {
        Person outsider = api.newPerson();
        assertThat(api.get(outsider.token(), "/api/v1/projects/" + project + "/delay-risk").status()).isEqualTo(404);
        assertThat(PageSession.signedIn(port, outsider.username(), outsider.password())
                .get("/projects/" + project + "/delay-risk").status()).isEqualTo(404);

        Response refused = api.post(pm.token(), "/api/v1/delay-risk/models", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(api.get(pm.token(), "/api/v1/delay-risk/models").status()).isEqualTo(403);
        assertThat(PageSession.signedIn(port, pm.username(), pm.password()).get("/admin/delay-risk").status())
                .isEqualTo(403);
        var admin = PageSession.signedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD).get("/admin/delay-risk");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("Delay-risk model");
    }
}
