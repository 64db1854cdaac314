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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Keys;
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
 * Pickers instead of typed usernames and keys: people by name with their avatar, items by title; and the change
 * request form that shows only the fields of the step chosen, one step at a time.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"tandem.demo=true",
        "spring.datasource.url=jdbc:h2:mem:tandem-shell;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class PickerBrowserTests {

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
    String key;
    ItemView ledger;
    ItemView api;

    @BeforeEach
    void start() throws IOException {
        PersonSummary person = identity.get("admin");
        Actor admin = new Actor(person.id(), person.username(), person.orgRole());
        // the texts the tests read are English; another test of this application may have left admin in Chinese
        identity.changeLocale(admin, "en");
        key = "PB" + UUID.randomUUID().toString().replace("-", "").substring(0, 4).toUpperCase();
        portfolio.createProject(admin, key, "Pickers " + key, null, null, LocalDate.of(2027, 1, 4));
        ledger = items.create(admin, key, item("Wire the ledger"));
        api = items.create(admin, key, item("Design the API"));
        session = Chromium.session(1440, 900);
        browser = session.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        open("/signin");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("test-admin-password-0");
        browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
    }

    @AfterEach
    void stop() throws IOException {
        session.close();
    }

    @Test
    void theDependencyFormPicksThePredecessorByItsTitle() throws IOException {
        open("/items/" + api.key());
        WebElement predecessor = browser.findElement(By.id("predecessor"));

        predecessor.sendKeys("ledg");
        WebElement option = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#predecessor-options [role=option]")));
        assertThat(option.getText()).contains("Wire the ledger").contains(ledger.key());
        Files.copy(browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                Files.createDirectories(Path.of("target/screenshots")).resolve("picker-item.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        predecessor.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);

        assertThat(predecessor.getAttribute("value")).isEqualTo(ledger.key());
        assertThat(predecessor.getAttribute("aria-expanded")).isEqualTo("false");
        browser.findElement(By.cssSelector("form[action$='/dependencies'] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert.success"),
                "The dependency was added."));
        assertThat(items.dependencies(identityActor(), api.key())).singleElement()
                .satisfies(d -> assertThat(d.predecessor()).isEqualTo(ledger.key()));
    }

    @Test
    void theChangeRequestFormShowsTheFieldsOfTheStepChosenOneStepAtATime() throws IOException {
        open("/projects/" + key + "/changes/new");
        Files.createDirectories(Path.of("target/screenshots"));
        assertThat(browser.findElement(By.id("item-0")).isDisplayed()).as("nothing before a step is chosen").isFalse();
        assertThat(browser.findElement(By.id("op-1")).isDisplayed()).as("the second step waits for Add step").isFalse();

        new Select(browser.findElement(By.id("op-0"))).selectByValue("setAssignee");
        assertThat(browser.findElement(By.id("item-0")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("assignee-0")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("days-0")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("ntitle-0")).isDisplayed()).isFalse();

        WebElement assignee = browser.findElement(By.id("assignee-0"));
        assignee.sendKeys("admin");
        // the list may be drawn twice (on focus, then for what was typed): read and click whatever is there last
        By option = By.cssSelector("#assignee-0-options [role=option]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(option));
        wait.ignoring(StaleElementReferenceException.class).until(d ->
                !d.findElement(option).findElement(By.cssSelector(".avatar")).getText().isBlank());
        Files.copy(browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                Path.of("target/screenshots", "picker-change-request.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(option).click();
            return true;
        });
        assertThat(assignee.getAttribute("value")).isEqualTo("admin");

        browser.findElement(By.id("add-step")).click();
        assertThat(browser.findElement(By.id("op-1")).isDisplayed()).isTrue();
        new Select(browser.findElement(By.id("op-1"))).selectByValue("addDependency");
        assertThat(browser.findElement(By.id("linktype-1")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("itemtype-1")).isDisplayed()).isFalse();
    }

    private Actor identityActor() {
        PersonSummary person = identity.get("admin");
        return new Actor(person.id(), person.username(), person.orgRole());
    }

    private static ItemFields item(String title) {
        return new ItemFields("task", title, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
