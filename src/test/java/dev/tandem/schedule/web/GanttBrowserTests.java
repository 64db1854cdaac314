package dev.tandem.schedule.web;

import dev.tandem.support.Api;
import dev.tandem.support.Chromium;
import dev.tandem.support.TandemIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.schedule.ScheduleManagement;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.WorkItemManagement;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Gantt in Debian's headless Chromium, set up as dev.tandem.ui.BrowserTests is: bars are dragged with real
 * pointer events and the successors are seen to move. Screenshots go to target/screenshots.
 */
@TandemIntegrationTest
class GanttBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final int PX_PER_DAY = 30;

    @LocalServerPort
    int port;

    @Autowired
    Api api;
    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    WorkItemManagement items;
    @Autowired
    ScheduleManagement schedules;

    WebDriver browser;
    WebDriverWait wait;
    Path profile;
    Actor admin;
    String key;

    @BeforeEach
    void startChromium() throws IOException {
        profile = Files.createTempDirectory("tandem-chromium");
        browser = Chromium.start(profile, 1360, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // the chart redraws whenever the project changes, also while a test reads it
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopChromium() throws IOException {
        browser.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
        // The switch to Chinese is remembered for admin; other tests sign in as admin and expect English.
        identity.changeLocale(admin, "en");
    }

    /**
     * Two epics of linked tasks and a go-live milestone from Monday 4 January 2027. Ledger posting is due before
     * it can finish, so the plan has one conflict; a review is blocked.
     */
    @BeforeEach
    void aPlannedProject() {
        PersonSummary person = identity.get("admin");
        admin = new Actor(person.id(), person.username(), person.orgRole());
        key = "GB" + UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
        portfolio.createProject(admin, key, "Payment platform " + key, "Card payments and the ledger", null,
                LocalDate.of(2027, 1, 4));
        create("epic", "Payments API", null, null, null);
        create("task", "Design the payments API", key + "-1", 3, null);
        create("task", "Build the payments API", key + "-1", 4, null);
        create("task", "Security review of the API", key + "-1", 2, null);
        create("epic", "Ledger", null, null, null);
        create("task", "Ledger schema", key + "-5", 2, null);
        create("task", "Posting service", key + "-5", 5, LocalDate.of(2027, 1, 8));
        create("task", "Reconciliation report", key + "-5", 3, null);
        create("milestone", "Go live", null, null, null);
        link(3, 2, "FS", 0);
        link(4, 3, "FS", 0);
        link(7, 6, "FS", 0);
        link(8, 7, "SS", 2);
        link(9, 4, "FS", 0);
        link(9, 8, "FS", 0);
        var review = items.get(admin, key + "-4");
        items.update(admin, review.key(), new ItemFields(null, null, null, null, true, "Waiting for the pen-test slot",
                null, null, null, null, null, null, null, null, null, null, null, null, Set.of()), review.version());
        var design = items.get(admin, key + "-2");
        items.update(admin, design.key(), new ItemFields(null, null, null, "In progress", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, Set.of()), design.version());
        var schema = items.get(admin, key + "-6");
        items.update(admin, schema.key(), new ItemFields(null, null, null, "Done", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, Set.of()), schema.version());
        api.feasibilitySignedOff(key);
        schedules.captureBaseline(admin, key, "Kick-off");
    }

    @Test
    void draggingABarMovesItsSuccessorAndARefusedDragSnapsBack() throws IOException {
        signIn();
        open("/projects/" + key + "/gantt?zoom=day");
        waitForBar(key + "-3", "2027-01-07");
        assertThat(browser.findElement(By.id("gantt-summary")).getText()).contains("9 items");
        assertThat(browser.findElement(By.id("gantt-conflict-list")).getText()).contains(key + "-7")
                .contains("due 2027-01-08");
        new Select(browser.findElement(By.id("gantt-baseline"))).selectByIndex(1);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("g.task[data-key='" + key + "-3'] .baseline")));
        screenshot("gantt-01-plan");

        drag(key + "-2", 2 * PX_PER_DAY);

        waitForBar(key + "-2", "2027-01-06");
        waitForBar(key + "-3", "2027-01-11");
        waitForBar(key + "-4", "2027-01-15");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("gantt-message"), "the plan was rescheduled"));
        assertThat(items.get(admin, key + "-2").plannedStart()).isEqualTo(LocalDate.of(2027, 1, 6));
        screenshot("gantt-02-after-drag");

        drag(key + "-3", -3 * PX_PER_DAY);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("gantt-message"), "The move was refused"));
        assertThat(browser.findElement(By.id("gantt-message")).getText())
                .contains(key + "-3 cannot start on 2027-01-08");
        waitForBar(key + "-3", "2027-01-11");
        assertThat(items.get(admin, key + "-3").plannedStart()).isNull();
        screenshot("gantt-03-refused");
    }

    @Test
    void theKeyboardMovesAFocusedBarAndCollapsesASummaryAndTheGanttReadsInChinese() throws IOException {
        signIn();
        open("/projects/" + key + "/gantt?zoom=week");
        waitForBar(key + "-8", "2027-01-08");

        WebElement bar = browser.findElement(By.cssSelector("g.task[data-key='" + key + "-8']"));
        new Actions(browser).moveToElement(bar).click().perform();
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT).perform();

        waitForBar(key + "-8", "2027-01-11");
        assertThat(items.get(admin, key + "-8").plannedStart()).isEqualTo(LocalDate.of(2027, 1, 11));
        // the chart is drawn again when the move comes back over the live stream: click the summary drawn last
        By summary = By.cssSelector("g.task[data-key='" + key + "-5'] .summary");
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            new Actions(d).moveToElement(d.findElement(summary)).click().perform();
            return true;
        });
        new Actions(browser).sendKeys(Keys.ARROW_LEFT).perform();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("g.task[data-key='" + key + "-6']"), 0));
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("g.task[data-key='" + key + "-6']"), 1));

        click(By.cssSelector(".lang-switch button[value='zh-CN']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "甘特图"));
        waitForBar(key + "-3", "2027-01-07");
        assertThat(browser.findElement(By.id("gantt-conflicts-heading")).getText()).isEqualTo("冲突");
        assertThat(browser.findElement(By.id("project-nav")).getText()).contains("甘特图");
        assertThat(browser.findElement(By.id("gantt-summary")).getText()).contains("关键路径");
        screenshot("gantt-04-chinese");
        click(By.cssSelector("[data-zoom='month']"));
        screenshot("gantt-05-chinese-month");
    }

    private void create(String type, String title, String parent, Integer days, LocalDate due) {
        items.create(admin, key, new ItemFields(type, title, null, null, null, null, null, null, parent, null, null,
                null, null, days == null ? null : BigDecimal.valueOf(days), null, null, null, due, Set.of()));
    }

    private void link(int successor, int predecessor, String type, int lag) {
        items.addDependency(admin, key + "-" + successor, key + "-" + predecessor, type, lag);
    }

    private void signIn() {
        open("/signin");
        type(By.id("username"), "admin");
        type(By.id("password"), "test-admin-password-0");
        click(By.cssSelector("form[action='/signin'] button[type=submit]"));
        wait.until(ExpectedConditions.titleContains("Projects"));
    }

    /** Presses on the middle of the bar and drags it sideways in two steps, with pointer events as a mouse does. */
    private void drag(String itemKey, int dx) {
        // a live refresh may redraw the chart between finding the bar and pressing it: find it again then
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement bar = browser.findElement(By.cssSelector("g.task[data-key='" + itemKey + "'] rect.bar"));
                new Actions(browser).clickAndHold(bar).moveByOffset(dx / 2, 0).moveByOffset(dx - dx / 2, 0).release()
                        .perform();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private void waitForBar(String itemKey, String start) {
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("g.task[data-key='" + itemKey + "']"), "data-start",
                start));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
    }

    private void click(By target) {
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    private void screenshot(String name) throws IOException {
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
