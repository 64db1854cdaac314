package dev.tandem.change.web;

import dev.tandem.support.Chromium;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.change.ChangeManagement;
import dev.tandem.change.ChangeState;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonDraft;
import dev.tandem.planning.FeasibilityManagement;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.shared.Actor;
import dev.tandem.support.TandemIntegrationTest;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.WorkItemManagement;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The change loop in the browser: the PM drags a baselined milestone past its baseline, the change request opens
 * pre-filled, the EM and the architect approve in their own sessions, and the Gantt offers the new baseline.
 */
@TandemIntegrationTest
class ChangeLoopBrowserTests {

    private static final String PASSWORD = "a-long-test-password-1";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;
    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    WorkItemManagement items;
    @Autowired
    ScheduleManagement schedules;
    @Autowired
    FeasibilityManagement feasibility;
    @Autowired
    ChangeManagement changes;

    final List<ChromeDriver> browsers = new ArrayList<>();
    final List<Path> profiles = new ArrayList<>();

    @AfterEach
    void closeBrowsers() throws IOException {
        browsers.forEach(WebDriver::quit);
        for (Path profile : profiles) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void aDraggedMilestoneBecomesAChangeRequestThatTheBoardApprovesIntoANewBaseline() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        var adminPerson = identity.get("admin");
        var pm = new Actor(adminPerson.id(), "admin", adminPerson.orgRole());
        String key = "CL" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
        portfolio.createProject(pm, key, "Go-live plan", null, null, LocalDate.of(2027, 1, 4));
        var design = items.create(pm, key, task("task", "Design", 3));
        var build = items.create(pm, key, task("task", "Build", 2));
        var goLive = items.create(pm, key, task("milestone", "Go live", null));
        items.addDependency(pm, build.key(), design.key(), "FS", 0);
        items.addDependency(pm, goLive.key(), build.key(), "FS", 0);
        Actor em = member(key, "em", ProjectRole.EM);
        Actor architect = member(key, "arch", ProjectRole.ARCHITECT);
        feasibility.signOff(em, key, "Feasible with the current team");
        feasibility.signOff(architect, key, "Architecture holds");
        long kickOff = schedules.captureBaseline(pm, key, "Kick-off").id();

        ChromeDriver pmBrowser = signedIn("admin", "test-admin-password-0");
        pmBrowser.get(url("/projects/" + key + "/gantt?zoom=day&baseline=" + kickOff));
        By diamond = By.cssSelector("g.task.movable[data-key='" + goLive.key() + "'] path.milestone");
        wait(pmBrowser).until(ExpectedConditions.presenceOfElementLocated(diamond));
        // Go live falls on Friday 8 January; five days later is Wednesday 13 January
        // the chart draws its rows again as it settles (scroll, fonts), so a diamond found a moment ago may be gone:
        // the drag is sent afresh then; the browser resolves the element before it presses, so nothing moved twice
        wait(pmBrowser).until(d -> {
            new Actions(pmBrowser).clickAndHold(pmBrowser.findElement(diamond)).moveByOffset(75, 0).moveByOffset(75, 0)
                    .release().perform();
            return true;
        });
        wait(pmBrowser).until(ExpectedConditions.alertIsPresent()).accept();

        wait(pmBrowser).until(ExpectedConditions.urlContains("/changes/new"));
        assertThat(pmBrowser.findElement(By.id("item-0")).getAttribute("value")).isEqualTo(goLive.key());
        assertThat(pmBrowser.findElement(By.id("start-0")).getAttribute("value")).isEqualTo("2027-01-14");
        pmBrowser.findElement(By.id("cr-title")).sendKeys("Go live later");
        pmBrowser.findElement(By.id("cr-reason")).sendKeys("The bank's change freeze");
        screenshot(pmBrowser, "change-loop-1-prefilled");
        pmBrowser.findElement(By.cssSelector("form.card button[type=submit]")).click();
        wait(pmBrowser).until(ExpectedConditions.urlMatches(".*/change-requests/\\d+$"));
        String crPath = pmBrowser.getCurrentUrl().substring(pmBrowser.getCurrentUrl().indexOf("/change-requests/"));
        pmBrowser.findElement(By.cssSelector("form[action$='/submit'] button")).click();
        approve(pmBrowser);

        for (Actor reviewer : List.of(em, architect)) {
            ChromeDriver browser = signedIn(reviewer.username(), PASSWORD);
            browser.get(url(crPath));
            approve(browser);
        }
        long id = Long.parseLong(crPath.substring(crPath.lastIndexOf('/') + 1));
        assertThat(changes.get(pm, id).state()).isEqualTo(ChangeState.APPLIED);
        assertThat(items.get(pm, goLive.key()).plannedStart()).isEqualTo(LocalDate.of(2027, 1, 14));

        pmBrowser.get(url("/projects/" + key + "/gantt"));
        wait(pmBrowser).until(d -> d.findElements(By.cssSelector("#gantt-baseline option")).stream()
                .anyMatch(o -> o.getText().startsWith("CR-1 Go live later")));
        screenshot(pmBrowser, "change-loop-2-new-baseline");
    }

    /** Approves on the request's page and waits for the page the vote redirects to, so the vote has been counted. */
    private static void approve(ChromeDriver browser) {
        var button = wait(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[value=APPROVE]")));
        button.click();
        wait(browser).until(Chromium.replaced(button));
    }

    private static ItemFields task(String type, String title, Integer days) {
        return new ItemFields(type, title, null, null, null, null, null, null, null, null, null, null, null,
                days == null ? null : BigDecimal.valueOf(days), null, null, null, null, Set.of());
    }

    private Actor member(String key, String prefix, ProjectRole role) {
        String username = prefix + "-" + key.toLowerCase();
        var admin = identity.get("admin");
        var person = identity.create(new Actor(admin.id(), "admin", admin.orgRole()), new PersonDraft(username,
                prefix + " " + key, username + "@example.com", PASSWORD, "en", null, null, null, List.of()));
        portfolio.addMember(new Actor(admin.id(), "admin", admin.orgRole()), key, username, role);
        return new Actor(person.id(), username, null);
    }

    private ChromeDriver signedIn(String username, String password) throws IOException {
        Path profile = Files.createTempDirectory("tandem-chromium");
        profiles.add(profile);
        ChromeDriver browser = Chromium.start(profile, 1440, 1000);
        browsers.add(browser);
        browser.get(url("/signin"));
        wait(browser).until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
        wait(browser).until(ExpectedConditions.titleContains("Projects"));
        return browser;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static FluentWait<WebDriver> wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
    }

    private static void screenshot(ChromeDriver browser, String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
