package dev.tandem.ui;

import dev.tandem.support.TeamProject;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonDraft;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.shared.Actor;
import dev.tandem.support.Api;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.WorkItemManagement;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The planning pages over real HTTP: they render in both languages, forms change data, refusals stay on the page. */
@TandemIntegrationTest
class PlanningPagesIntegrationTests {

    private static final String ADMIN_PASSWORD = "test-admin-password-0";
    private static final String PASSWORD = "a-long-test-password-1";

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    @Autowired
    PortfolioManagement portfolio;

    @Autowired
    WorkItemManagement items;

    TeamProject team;
    Actor admin;
    String projectKey;
    String em;
    PageSession browser;

    @BeforeEach
    void aProjectWithAnEm() {
        team = TeamProject.open(identity, portfolio, "Planning");
        admin = team.admin();
        projectKey = team.key();
        em = Api.uniqueUsername();
        identity.create(admin, new PersonDraft(em, "Li Wei " + em, em + "@example.com", null, null, null, null, null, null));
        portfolio.addMember(admin, projectKey, em, ProjectRole.EM);
        items.create(admin, projectKey, new ItemFields("feature", "Wallet", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, Set.of()));
        items.create(admin, projectKey, new ItemFields("milestone", "Go live", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, Set.of()));
        browser = new PageSession(port);
        browser.signIn("admin", ADMIN_PASSWORD);
    }

    @Test
    void theCharterPageDisablesTheBaselineButtonWithTheReason() {
        var page = browser.get("/projects/" + projectKey + "/charter", "Accept-Language", "en");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Capture the first baseline", "disabled=\"disabled\"",
                "The first baseline needs the feasibility sign-off of an EM and an architect of the project; add an"
                        + " architect under Members. Not signed off yet: EM " + em + ".",
                "No member holds these roles yet: Architect. Add them under Members.", "Go live", "Charter");
        assertThat(page.body()).doesNotContain("style=");
    }

    @Test
    void everyPlanningPageRendersInEnglishAndChinese() {
        String reader = Api.uniqueUsername();
        identity.create(admin, new PersonDraft(reader, "Reader " + reader, reader + "@example.com", PASSWORD, null, null,
                null, null, null));
        portfolio.addMember(admin, projectKey, reader, ProjectRole.STAKEHOLDER);
        var chineseBrowser = new PageSession(port);
        chineseBrowser.signIn(reader, PASSWORD);
        chineseBrowser.get("/projects/" + projectKey);
        chineseBrowser.post("/locale", Map.of("lang", "zh-CN"), "Referer", chineseBrowser.base() + "/projects/" + projectKey);
        for (String path : new String[] {"/charter", "/kickoff", "/risks", "/tech-debt", "/scorecards"}) {
            var english = browser.get("/projects/" + projectKey + path, "Accept-Language", "en");
            var chinese = chineseBrowser.get("/projects/" + projectKey + path);
            assertThat(english.status()).as(path).isEqualTo(200);
            assertThat(chinese.status()).as(path).isEqualTo(200);
            assertThat(chinese.body()).as(path).contains("项目章程", "风险", "技术债");
            assertThat(english.body()).as(path).doesNotContain("style=", "<script>");
        }
        assertThat(browser.get("/scorecards", "Accept-Language", "en").status()).isEqualTo(200);
    }

    @Test
    void aRiskFromTheFormLandsOnTheHeatMapAndABadProbabilityStaysOnThePage() {
        browser.get("/projects/" + projectKey + "/risks");
        var added = browser.post("/projects/" + projectKey + "/risks", Map.of("title", "Acquirer slips",
                "category", "EXTERNAL", "probability", "4", "impact", "5", "owner", em));
        var refused = browser.post("/projects/" + projectKey + "/risks", Map.of("title", "Too likely",
                "category", "COST", "probability", "9", "impact", "1"), "Accept-Language", "en");
        var page = browser.get("/projects/" + projectKey + "/risks", "Accept-Language", "en");

        assertThat(added.status()).isEqualTo(302);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("must be between 1 and 5 (not 9)");
        assertThat(page.body()).contains("Acquirer slips", "4 × 5 = 20", "heat severe above", "above threshold");
    }

    @Test
    void debtFromTheFormShowsItsFormulaAndTheFeverChart() {
        browser.get("/projects/" + projectKey + "/tech-debt");
        browser.post("/projects/" + projectKey + "/buffer", Map.of("bufferDays", "5", "version", "0"));
        browser.get("/projects/" + projectKey + "/tech-debt");
        var added = browser.post("/projects/" + projectKey + "/tech-debt", Map.of("title", "No contract tests",
                "interestHours", "4", "fixHours", "8", "severity", "HIGH", "inBuffer", "true"));
        var page = browser.get("/projects/" + projectKey + "/tech-debt", "Accept-Language", "en");
        // a reader of its own switches to Chinese: the shared administrator's language must stay as it is
        var chineseReader = team.memberWhoSignsIn("debt-reader", ProjectRole.STAKEHOLDER);
        var chineseBrowser = new PageSession(port);
        chineseBrowser.signIn(chineseReader.username(), TeamProject.PASSWORD);
        chineseBrowser.get("/projects/" + projectKey + "/tech-debt");
        chineseBrowser.post("/locale", Map.of("lang", "zh-CN"), "Referer",
                chineseBrowser.base() + "/projects/" + projectKey + "/tech-debt");
        var chinese = chineseBrowser.get("/projects/" + projectKey + "/tech-debt");

        assertThat(added.status()).isEqualTo(302);
        assertThat(page.body()).contains("4 h ÷ 8 h × 3 (high) = 1.50", "<svg", "fever-point",
                "Buffer 5 days; debt planned into it consumes 1 days (20 %)");
        assertThat(chinese.body()).contains("4 小时 ÷ 8 小时 × 3（高）= 1.50").doesNotContain("(high)");
    }
}
