package dev.tandem.delivery;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Chromium;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import dev.tandem.delivery.internal.DeliveryProcessor;

/**
 * In headless Chromium: GitHub's recorded deliveries for an item (its branch, pull request, build, merge and production
 * deployment) show on the item's page, and the project's sidebar opens its DORA page with the deployment counted.
 */
@TandemIntegrationTest
class DeliveryBrowserTests {

    @Autowired
    Api api;
    @Autowired
    DeliveryProcessor processor;
    @LocalServerPort
    int port;

    @Test
    void anItemsPageShowsItsPullRequestAndDeploymentAndTheSidebarOpensTheDoraPage() throws Exception {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        String item = api.newItem(pm.token(), project, "task", "Refunds");
        Response created = api.post(pm.token(), "/api/v1/projects/" + project + "/integrations",
                fields("name", "GitHub payments", "provider", "github"));
        String path = created.json().get("integration").get("payloadPath").asString();
        String secret = created.text("secret");
        Hooks hooks = new Hooks(port);
        for (String[] delivery : new String[][] {{"push", "github/push.json"},
                {"pull_request", "github/pull_request_opened.json"}, {"workflow_run", "github/workflow_run.json"},
                {"pull_request", "github/pull_request_merged.json"}, {"deployment_status", "github/deployment_status.json"}}) {
            assertThat(hooks.send("github", path, secret, delivery[0], Hooks.recorded(delivery[1], project)).status())
                    .isEqualTo(202);
        }
        // and yesterday's deployment from Jenkins, so the 90-day window holds one
        Response ci = api.post(pm.token(), "/api/v1/projects/" + project + "/integrations",
                fields("name", "Jenkins", "provider", "generic"));
        String yesterday = java.time.Instant.now().minus(Duration.ofDays(1)).toString();
        assertThat(hooks.send("generic", ci.json().get("integration").get("payloadPath").asString(), ci.text("secret"),
                "deployment", "{\"repository\":\"acme/payments\",\"id\":\"J-77\",\"environment\":\"production\","
                        + "\"status\":\"success\",\"version\":\"v1.4.1\",\"finished_at\":\"" + yesterday + "\"}")
                .status()).isEqualTo(202);
        processor.processPending();

        try (Chromium.Session session = Chromium.session(1440, 1000)) {
            ChromeDriver browser = session.driver();
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get("http://localhost:" + port + "/signin");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(pm.username());
            browser.findElement(By.id("password")).sendKeys(pm.password());
            browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
            wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));

            browser.get("http://localhost:" + port + "/items/" + item);
            WebElement development = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("development")));
            String pullRequests = development.findElement(By.cssSelector("[data-group=pullRequests]")).getText();
            assertThat(pullRequests).contains("#42").contains("Refunds").contains("merged");
            String environments = development.findElement(By.cssSelector("[data-group=environments]")).getText();
            assertThat(environments).contains("production · v1.4.0");
            assertThat(development.findElement(By.cssSelector("[data-group=builds]")).getText()).contains("succeeded");

            browser.findElement(By.cssSelector("#project-nav a[href='/projects/" + project + "/dora']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dora-heading"), "DORA metrics"));
            assertThat(browser.findElement(By.id("dora-basis")).getText()).contains("2023");
            assertThat(browser.findElements(By.cssSelector("svg#dora-trend-frequency polyline"))).hasSize(1);
            assertThat(browser.findElement(By.cssSelector("#dora-metrics tr[data-metric=frequency] td:nth-of-type(2)"))
                    .getText()).isEqualTo("1");
            assertThat(browser.findElement(By.cssSelector("#dora-deployments tr[data-deployment='J-77']")).getText())
                    .contains("acme/payments").contains("v1.4.1");
        }
    }
}
