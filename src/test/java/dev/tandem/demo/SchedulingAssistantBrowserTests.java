package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.shared.Actor;
import dev.tandem.support.Chromium;
import dev.tandem.workitem.WorkItemManagement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The scheduling assistant on the demo project, in Debian's headless Chromium: the admin levels the payment system's
 * plan, reads the diff and the load heat map, and accepts one moved item (screenshots under target/screenshots).
 */
// the same application as ShellBrowserTests, so the demo is loaded once for both
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"tandem.demo=true",
        "spring.datasource.url=jdbc:h2:mem:tandem-shell;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class SchedulingAssistantBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    WorkItemManagement workItems;
    @Autowired
    IdentityManagement identity;

    @Test
    void theAdminLevelsTheDemoPlanAndAcceptsOneMovedItem() throws Exception {
        PersonSummary admin = identity.get("admin");
        Actor asAdmin = new Actor(admin.id(), admin.username(), admin.orgRole());
        identity.changeLocale(asAdmin, "en");

        try (Chromium.Session session = Chromium.session(1440, 900)) {
            ChromeDriver browser = session.driver();
            var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get("http://localhost:" + port + "/signin");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys("admin");
            browser.findElement(By.id("password")).sendKeys("test-admin-password-0");
            browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
            wait.until(ExpectedConditions.titleContains("Projects"));

            browser.get("http://localhost:" + port + "/projects/PAY");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#project-nav a[href$='/assistant']"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("planner-start-button"))).click();
            // the tests' settings solve on the request's thread, so the page after the start shows the result
            wait.until(ExpectedConditions.textToBe(By.id("planner-status-badge"), "Ready"));

            List<WebElement> moved = browser.findElements(By.cssSelector("#planner-moved tbody tr"));
            assertThat(moved).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("#heatmap tbody tr"))).isNotEmpty();
            screenshot(browser, "assistant-demo-diff");

            String key = moved.getFirst().getAttribute("data-key");
            String oldStart = workItems.get(asAdmin, key).plannedStart() + "";
            moved.getFirst().findElement(By.cssSelector("input[type=checkbox]")).click();
            browser.findElement(By.id("planner-accept-selected")).click();
            wait.until(ExpectedConditions.textToBe(By.id("planner-status-badge"), "Accepted"));

            WebElement accepted = browser.findElement(By.id("planner-accepted"));
            assertThat(accepted.getText()).satisfiesAnyOf(text -> assertThat(text).contains("Applied: " + key),
                    text -> assertThat(text).contains("Change request").contains(key));
            screenshot(browser, "assistant-demo-accepted");
            if (accepted.getText().contains("Applied: " + key)) {
                assertThat(workItems.get(asAdmin, key).plannedStart() + "").isNotEqualTo(oldStart);
            }
        }
    }

    private static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
