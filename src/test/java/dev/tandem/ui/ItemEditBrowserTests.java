package dev.tandem.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.shared.Actor;
import dev.tandem.support.Chromium;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The item page edits its fields in place: each change is saved at once and can be undone, the description is
 * previewed before it is saved, and an edit based on a value someone else changed meanwhile shows their value while
 * keeping the person's own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"tandem.demo=true",
        "spring.datasource.url=jdbc:h2:mem:tandem-shell;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class ItemEditBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    WorkItemManagement items;

    ChromeDriver browser;
    Chromium.Session session;
    WebDriverWait wait;
    Actor admin;
    ItemView item;

    @BeforeEach
    void start() throws IOException {
        PersonSummary person = identity.get("admin");
        admin = new Actor(person.id(), person.username(), person.orgRole());
        // the texts the tests read are English; another test of this application may have left admin in Chinese
        identity.changeLocale(admin, "en");
        String key = "IE" + UUID.randomUUID().toString().replace("-", "").substring(0, 4).toUpperCase();
        portfolio.createProject(admin, key, "Inline " + key, null, null, LocalDate.of(2027, 1, 4));
        item = items.create(admin, key, new ItemFields("task", "Wire the ledger", null, null, null, null, "medium",
                null, null, null, null, null, null, null, null, null, null, null, null));
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
    void anInlineEditIsSavedAtOnceAndUndoPutsTheOldValueBack() {
        open("/items/" + item.key());
        assertThat(browser.findElements(By.cssSelector("details.editor"))).as("no collapsed edit form").isEmpty();

        WebElement labels = browser.findElement(By.id("labels"));
        labels.sendKeys("ledger, api", Keys.TAB);
        waitForText("status-labels", "Saved.");
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("labels")).getAttribute("value")).isEqualTo("api, ledger");

        new Select(browser.findElement(By.id("assignee"))).selectByValue("admin");
        waitForText("status-assignee", "Saved.");
        assertThat(browser.findElement(By.cssSelector("#assignee-avatar .avatar")).getText()).isEqualTo("AD");

        new Select(browser.findElement(By.id("priority"))).selectByValue("high");
        waitForText("status-priority", "Saved.");
        assertThat(items.get(admin, item.key()).priority()).isEqualTo("high");
        assertThat(browser.findElement(By.cssSelector("#badge-priority .badge")).getText()).isEqualTo("High");
        browser.findElement(By.cssSelector("#status-priority button")).click();
        waitForText("status-priority", "The previous value is back.");
        screenshot("item-inline-undone");
        assertThat(browser.findElement(By.cssSelector("#badge-priority .badge")).getText()).isEqualTo("Medium");

        assertThat(new Select(browser.findElement(By.id("priority"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("medium");
        assertThat(items.get(admin, item.key()).priority()).isEqualTo("medium");
        assertThat(items.get(admin, item.key()).labels()).containsExactlyInAnyOrder("ledger", "api");
        browser.navigate().refresh();
        assertThat(new Select(browser.findElement(By.id("priority"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("medium");
    }

    @Test
    void aDateThatIsNoRealDayIsNotSavedAndTheFieldSaysWhy() {
        open("/items/" + item.key());
        long version = items.get(admin, item.key()).version();

        browser.findElement(By.id("dueDate")).sendKeys("2027-02-30", Keys.TAB);
        waitForText("status-dueDate", "Enter a real date as YYYY-MM-DD");
        assertThat(browser.findElement(By.id("dueDate")).getAttribute("value")).as("kept to be fixed").isEqualTo("2027-02-30");
        assertThat(items.get(admin, item.key()).version()).as("nothing sent").isEqualTo(version);

        WebElement due = browser.findElement(By.id("dueDate"));
        due.clear();
        due.sendKeys("2027-02-26", Keys.TAB);
        waitForText("status-dueDate", "Saved.");
        assertThat(items.get(admin, item.key()).dueDate()).isEqualTo(LocalDate.of(2027, 2, 26));
    }

    @Test
    void theDescriptionIsPreviewedAsMarkdownAndSavedInPlace() {
        open("/items/" + item.key());

        browser.findElement(By.id("description-edit")).click();
        browser.findElement(By.id("description")).sendKeys("Settle **twice** a day <script>alert(1)</script>");
        browser.findElement(By.id("description-preview-tab")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#description-preview strong")));
        screenshot("item-description-preview");
        assertThat(browser.findElement(By.id("description-preview")).getText()).contains("twice");
        assertThat(browser.findElements(By.cssSelector("#description-preview script"))).isEmpty();
        browser.findElement(By.id("description-save")).click();
        waitForText("status-description", "Saved.");

        assertThat(browser.findElement(By.cssSelector("#description-view strong")).getText()).isEqualTo("twice");
        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector("#description-view strong")).getText()).isEqualTo("twice");
        assertThat(items.get(admin, item.key()).description()).startsWith("Settle **twice** a day");
    }

    @Test
    void aStaleEditShowsWhatChangedKeepsTheChosenValueAndSavesItOnlyWhenAskedTo() {
        open("/items/" + item.key());
        items.update(admin, item.key(), new ItemFields(null, null, null, null, null, null, "highest", null, null,
                null, null, null, null, null, null, null, null, null, null), item.version());

        new Select(browser.findElement(By.id("priority"))).selectByValue("low");
        waitForText("status-priority", "Someone else changed this meanwhile; it is now: Highest.");

        screenshot("item-inline-conflict");
        assertThat(new Select(browser.findElement(By.id("priority"))).getFirstSelectedOption().getAttribute("value"))
                .as("the person's choice stays visible").isEqualTo("low");
        assertThat(items.get(admin, item.key()).priority()).isEqualTo("highest");
        browser.findElement(By.xpath("//*[@id='status-priority']/button[.='Save mine']")).click();
        waitForText("status-priority", "Saved.");
        assertThat(items.get(admin, item.key()).priority()).isEqualTo("low");
    }

    @Test
    void theItemPageWithItsFieldsInPlaceFitsAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/items/" + item.key());
        screenshot("item-inline-phone");

        long pageWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        long screenWidth = (Long) browser.executeScript("return window.innerWidth");
        assertThat(pageWidth).isLessThanOrEqualTo(screenWidth);
        assertThat(browser.findElement(By.id("priority")).isDisplayed()).isTrue();
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
