package dev.tandem.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.shared.Actor;
import dev.tandem.support.Chromium;
import dev.tandem.sprint.BacklogItem;
import dev.tandem.workitem.ItemFields;
import dev.tandem.sprint.SprintManagement;
import dev.tandem.sprint.SprintState;
import dev.tandem.sprint.SprintView;
import dev.tandem.workitem.WorkItemManagement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo project's backlog page: a row dragged into the planned sprint's section stays there, the row menu moves
 * a row into a sprint, the bulk bar moves the ticked rows back to the backlog, the item page sets the sprint in place
 * with an undo, and on a phone the sections stack with the row menu still in reach.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"tandem.demo=true",
        "spring.datasource.url=jdbc:h2:mem:tandem-shell;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class BacklogBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;
    @Autowired
    SprintManagement sprints;
    @Autowired
    WorkItemManagement items;

    ChromeDriver browser;
    Chromium.Session session;
    WebDriverWait wait;
    Actor admin;
    SprintView planned;

    @BeforeEach
    void start() throws IOException {
        PersonSummary person = identity.get("admin");
        admin = new Actor(person.id(), person.username(), person.orgRole());
        // the texts the tests read are English; another test of this application may have left admin in Chinese
        identity.changeLocale(admin, "en");
        planned = sprints.sprints(admin, "PAY").stream().filter(s -> s.state() == SprintState.PLANNED).findFirst()
                .orElseThrow();
        session = Chromium.session(1440, 900);
        browser = session.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        signIn();
    }

    @AfterEach
    void stop() throws IOException {
        session.close();
    }

    @Test
    void aRowDraggedIntoAPlannedSprintStaysThereAndTheBulkBarMovesRowsBack() {
        List<BacklogItem> backlog = sprints.backlog(admin, "PAY");
        String dragged = backlog.get(0).key();
        String viaMenu = backlog.get(1).key();
        String sprint = Long.toString(planned.id());
        open("/projects/PAY/backlog");
        assertThat(browser.findElements(By.cssSelector(".backlog-row button.small"))).as("no buttons on every row").isEmpty();
        assertThat(browser.findElement(By.id("bulk-form")).isDisplayed()).as("no bar before a row is ticked").isFalse();

        WebElement handle = row(dragged).findElement(By.cssSelector(".drag-handle"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", handle);
        WebElement target = browser.findElement(By.cssSelector(".backlog-section[data-target='" + sprint + "']"));
        new Actions(browser).clickAndHold(handle).moveByOffset(0, 10).moveToElement(target).release().perform();
        waitSavedIn(dragged, sprint);
        screenshot("backlog-dragged");
        browser.navigate().refresh();
        assertThat(listOf(dragged)).as("after a reload").isEqualTo(sprint);
        assertThat(keysIn(planned)).contains(dragged);

        WebElement menu = row(viaMenu).findElement(By.cssSelector("details.row-menu > summary"));
        menu.click();
        row(viaMenu).findElement(By.cssSelector("button[data-to='" + sprint + "']")).click();
        waitSavedIn(viaMenu, sprint);
        assertThat(keysIn(planned)).contains(dragged, viaMenu);

        for (String key : List.of(dragged, viaMenu)) {
            WebElement box = row(key).findElement(By.cssSelector(".row-select input"));
            new Actions(browser).moveToElement(row(key)).click(box).perform();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bulk-form")));
        assertThat(browser.findElement(By.id("bulk-count")).getText()).isEqualTo("2 selected");
        screenshot("backlog-bulk-bar");
        browser.findElement(By.cssSelector("#bulk-form button[data-to='backlog']")).click();
        waitSavedIn(dragged, "backlog");
        waitSavedIn(viaMenu, "backlog");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bulk-form")));
        browser.navigate().refresh();
        assertThat(listOf(dragged)).isEqualTo("backlog");
        assertThat(listOf(viaMenu)).isEqualTo("backlog");
        assertThat(keysIn(planned)).doesNotContain(dragged, viaMenu);
    }

    @Test
    void aRefusedMovePutsTheRowBackAndSaysWhy() {
        BacklogItem item = sprints.backlog(admin, "PAY").get(3);
        String sprint = Long.toString(planned.id());
        open("/projects/PAY/backlog");
        // someone else changes the item after the page was read
        var edited = items.update(admin, item.key(), title(item.title() + " (edited)"), item.version());

        row(item.key()).findElement(By.cssSelector("details.row-menu > summary")).click();
        row(item.key()).findElement(By.cssSelector("button[data-to='" + sprint + "']")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("backlog-error")));
        assertThat(browser.findElement(By.id("backlog-error")).getText()).contains("The move was not saved")
                .contains("changed by someone else meanwhile");
        assertThat(listOf(item.key())).isEqualTo("backlog");
        assertThat(keysIn(planned)).doesNotContain(item.key());
        items.update(admin, item.key(), title(item.title()), edited.version());
    }

    private static ItemFields title(String title) {
        return new ItemFields(null, title, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    @Test
    void theItemPageSetsTheSprintInPlaceAndUndoTakesItOutAgain() {
        String key = sprints.backlog(admin, "PAY").get(2).key();
        open("/items/" + key);

        new Select(browser.findElement(By.id("sprint"))).selectByValue(Long.toString(planned.id()));
        waitForText("status-sprint", "Saved.");
        assertThat(keysIn(planned)).contains(key);
        browser.findElement(By.cssSelector("#status-sprint button")).click();
        waitForText("status-sprint", "The previous value is back.");

        assertThat(keysIn(planned)).doesNotContain(key);
        browser.navigate().refresh();
        assertThat(new Select(browser.findElement(By.id("sprint"))).getFirstSelectedOption().getAttribute("value"))
                .isEmpty();
    }

    @Test
    void onAPhoneTheSectionsStackAndTheRowMenuIsInReach() {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/projects/PAY/backlog");
        long pageWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        long screenWidth = (Long) browser.executeScript("return window.innerWidth");
        assertThat(pageWidth).isLessThanOrEqualTo(screenWidth);

        WebElement first = browser.findElement(By.cssSelector(".backlog-section[data-target='backlog'] .backlog-row"));
        first.findElement(By.cssSelector("details.row-menu > summary")).click();
        WebElement open = first.findElement(By.xpath(".//a[.='Open']"));
        wait.until(ExpectedConditions.visibilityOf(open));
        screenshot("backlog-phone-menu");
        var box = open.getRect();
        assertThat(box.getX()).isGreaterThanOrEqualTo(0);
        assertThat(box.getX() + box.getWidth()).isLessThanOrEqualTo((int) screenWidth);
    }

    private WebElement row(String key) {
        return browser.findElement(By.cssSelector(".backlog-row[data-key='" + key + "']"));
    }

    private String listOf(String key) {
        return row(key).findElement(By.xpath("ancestor::ol[1]")).getAttribute("data-target");
    }

    /** Waits until the row is in the section and no longer saving, so the server has answered. */
    private void waitSavedIn(String key, String target) {
        wait.until(d -> target.equals(listOf(key)) && !row(key).getAttribute("class").contains("saving"));
        assertThat(browser.findElement(By.id("backlog-error")).isDisplayed()).as("no refusal").isFalse();
    }

    private List<String> keysIn(SprintView sprint) {
        return sprints.sprint(admin, "PAY", sprint.id()).items().stream().map(BacklogItem::key).toList();
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(Path.of("target/screenshots"));
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target/screenshots", name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private void signIn() {
        open("/signin");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("test-admin-password-0");
        browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
