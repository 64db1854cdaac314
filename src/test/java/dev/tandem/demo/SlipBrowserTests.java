package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.shared.Actor;
import dev.tandem.support.Chromium;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
 * The demo's general availability slipped after the kick-off: a visitor opens the milestone from the project's
 * forecast, reads why it moved in the waterfall and follows the estimate change to its audit entry, in Debian's
 * headless Chromium (screenshots under target/screenshots).
 */
// the same application as ShellBrowserTests, so the demo is loaded once for both
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"tandem.demo=true",
        "spring.datasource.url=jdbc:h2:mem:tandem-shell;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class SlipBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    WorkItemManagement workItems;
    @Autowired
    IdentityManagement identity;

    @Test
    void theSlippedMilestoneNamesItsCausesAndLeadsToTheAuditEntry() throws Exception {
        PersonSummary admin = identity.get("admin");
        Actor asAdmin = new Actor(admin.id(), admin.username(), admin.orgRole());
        // the texts below are English; another test of this application may have left admin reading Chinese
        identity.changeLocale(asAdmin, "en");
        var items = workItems.all(asAdmin, "PAY");
        String availability = key(items, "General availability");
        String parallelRun = key(items, "Compare outcomes daily and explain every difference");

        try (Chromium.Session session = Chromium.session(1440, 900)) {
            ChromeDriver browser = session.driver();
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get("http://localhost:" + port + "/signin");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys("admin");
            browser.findElement(By.id("password")).sendKeys("test-admin-password-0");
            browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
            wait.until(ExpectedConditions.titleContains("Projects"));

            browser.get("http://localhost:" + port + "/projects/PAY");
            By why = By.cssSelector("a.slip-why[href$='/milestones/" + availability + "/slip']");
            wait.until(ExpectedConditions.elementToBeClickable(why)).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("slip-waterfall")));

            assertThat(browser.findElement(By.id("slip-heading")).getText()).contains(availability)
                    .contains("General availability");
            assertThat(browser.findElement(By.id("slip-summary")).getText()).contains("+4 working days");
            // the start, the two causes and the forecast
            assertThat(browser.findElements(By.cssSelector("#slip-waterfall .slip-bar"))).hasSize(4);
            WebElement estimate = browser.findElement(By.cssSelector("#slip-causes tr[data-kind='estimate']"));
            assertThat(estimate.getText()).contains(parallelRun).contains("Wang Fang").contains("+3");
            assertThat(browser.findElement(By.cssSelector("#slip-causes tr[data-kind='scope']")).getText())
                    .contains("David Okafor").contains("+1");
            screenshot(browser, "slip-demo-general-availability");

            estimate.findElement(By.cssSelector("a.audit-link")).click();
            wait.until(ExpectedConditions.titleContains("Audit"));
            String audit = browser.findElement(By.id("content")).getText();
            assertThat(audit).contains(parallelRun).contains("wangfang").contains("plannedFinish");
        }
    }

    private static String key(java.util.List<ItemView> items, String title) {
        return items.stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow().key();
    }

    private static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
