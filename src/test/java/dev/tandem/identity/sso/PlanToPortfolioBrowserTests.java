package dev.tandem.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.support.Chromium;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A project manager's first day, in headless Chromium: signs in through the company's identity provider (whose group
 * makes them PM of the payments project), imports the team's MS Project plan, saves a query for its milestones and
 * runs it, and finds the project with those milestones in the PMO's portfolio view.
 */
class PlanToPortfolioBrowserTests extends SingleSignOnTestContext {

    private static final String PORTFOLIO = "Payments and checkout";

    @LocalServerPort
    int port;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signInImportAPlanRunASavedQueryAndOpenThePortfolio() throws Exception {
        OidcTestProvider.tandemBase = base();
        paymentsProjectInThePortfolio();
        OidcTestProvider.CLAIMS.put("grace", Map.of("email", "grace-" + UUID.randomUUID() + "@example.test",
                "email_verified", true, "groups", List.of("pay-pm")));

        try (var session = Chromium.session(1280, 900)) {
            var browser = session.driver();
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60));

            // signing in through the provider's own form
            browser.get(base() + "/signin");
            browser.findElement(By.id("sso")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("grace");
            browser.findElement(By.id("password")).sendKeys(OidcTestProvider.PASSWORD);
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.urlToBe(base() + "/"));
            assertThat(browser.findElement(By.id("content")).getText()).contains(PROJECT);

            // importing the MS Project file: a dry run first, then the import, which runs as a job
            browser.get(base() + "/projects/" + PROJECT + "/interchange");
            new Select(browser.findElement(By.id("import-format"))).selectByValue("ms-project");
            browser.findElement(By.id("import-file")).sendKeys(Path.of(getClass()
                    .getResource("/interchange/payment-rollout.xml").toURI()).toString());
            browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
            WebElement importButton = wait.until(ExpectedConditions.elementToBeClickable(By.id("import-button")));
            assertThat(browser.findElement(By.id("report-heading")).getText())
                    .isEqualTo("Dry run: nothing has been written yet");
            assertThat(browser.findElement(By.id("report-rows")).getText()).contains("Payment API", "Go live");
            importButton.click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"),
                    "The file was imported."));
            assertThat(browser.findElement(By.id("report-rows")).getText())
                    .contains("Payment API", "Database schema", "Checkout page", "Beta ready", "Go live");

            // a query for the plan's milestones, saved, then run from the saved filter
            browser.get(base() + "/items?q=" + URLEncoder.encode("project = " + PROJECT
                    + " AND type = milestone", StandardCharsets.UTF_8));
            browser.findElement(By.id("filter-name")).sendKeys("Payment milestones");
            browser.findElement(By.cssSelector("form[action='/filters'] button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("/items?filter="));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Payment milestones");
            assertThat(wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                    By.cssSelector("#query-results tbody td.title a"))).stream().map(WebElement::getText))
                    .containsExactlyInAnyOrder("Beta ready", "Go live");

            // the portfolio view, from the main navigation
            browser.findElement(By.cssSelector("nav.nav a[href='/portfolio']")).click();
            WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#portfolio-health tr[data-project='" + PROJECT + "']")));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Portfolio " + PORTFOLIO);
            assertThat(row.findElement(By.cssSelector("td[data-dimension=schedule]")).getText()).startsWith("Unknown");
            assertThat(browser.findElement(By.id("health-rules")).getText()).contains("Schedule: the next open milestone");
            assertThat(browser.findElement(By.id("portfolio-timeline")).getText()).contains("Beta ready", "Go live");
            assertThat(browser.findElements(By.cssSelector("#portfolio-timeline-chart .tl-mark"))).hasSize(2);
            row.findElement(By.cssSelector("a[href='/projects/" + PROJECT + "']")).click();
            wait.until(ExpectedConditions.urlToBe(base() + "/projects/" + PROJECT));
        }
    }

    /** The project the group mapping names, in a portfolio; other tests of this context may have opened it. */
    private void paymentsProjectInThePortfolio() {
        var admin = identity.get("admin");
        Actor actor = new Actor(admin.id(), admin.username(), admin.orgRole());
        if (jdbc.queryForObject("select count(*) from project where project_key = ?", Integer.class, PROJECT) == 0) {
            portfolio.createProject(actor, PROJECT, "Payments", null, PORTFOLIO, LocalDate.of(2027, 1, 4));
        } else {
            portfolio.updateProject(actor, PROJECT, null, null, PORTFOLIO, null, portfolio.project(actor, PROJECT).version());
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
