package dev.tandem.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The command bar on the demo organisation: Ctrl+K opens it, typing part of an item's title finds the item, the
 * arrows move through the list, Enter opens the chosen entry and Escape closes the bar; "?" lists the shortcuts.
 * Screenshots of the bar and of the shortcuts go to target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"tandem.demo=true",
        "spring.datasource.url=jdbc:h2:mem:tandem-shell;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class CommandBarBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    Chromium.Session session;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startChromium() throws IOException {
        session = Chromium.session(1440, 900);
        browser = session.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopChromium() throws IOException {
        session.close();
    }

    @Test
    void ctrlKFindsAnItemByPartOfItsTitleAndEnterOpensIt() throws IOException {
        signIn();
        open("/projects/PAY/board");
        WebElement bar = browser.findElement(By.id("command-bar"));
        assertThat(bar.isDisplayed()).isFalse();

        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        wait.until(ExpectedConditions.visibilityOf(bar));
        WebElement input = browser.findElement(By.id("command-q"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(input);
        assertThat(input.getAttribute("role")).isEqualTo("combobox");
        assertThat(selected().getText()).as("the first action is chosen").isEqualTo("Create a work item in PAY");

        input.sendKeys(Keys.ARROW_DOWN);
        assertThat(selected().getText()).isEqualTo("Go to Board");
        assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(selected().getAttribute("id"));

        input.sendKeys("iso 20022");
        WebElement found = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#command-options .search-option[aria-selected='true']")));
        assertThat(found.getText()).contains("Spike: ISO 20022 message mapping for SEPA and CIPS");
        screenshot("command-bar");
        String target = found.getAttribute("data-href");
        assertThat(target).startsWith("/items/PAY-");

        input.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + target));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .contains("Spike: ISO 20022 message mapping for SEPA and CIPS");

        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("command-bar")));
        browser.findElement(By.id("command-q")).sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("command-bar")));
    }

    @Test
    void theSearchButtonOpensTheBarAndEnterWithNothingChosenSearchesEverywhere() {
        signIn();
        open("/");
        browser.findElement(By.cssSelector(".search-button")).click();
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("command-q")));
        input.sendKeys("zzqq-no-such-thing");
        wait.until(d -> browser.findElements(By.cssSelector("#command-options li:not([hidden])")).isEmpty());
        input.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/search?q=zzqq-no-such-thing"));
        assertThat(browser.findElement(By.cssSelector("main .empty")).getText())
                .isEqualTo("Nothing found for “zzqq-no-such-thing”.");
    }

    @Test
    void aQuestionMarkListsTheKeyboardShortcuts() throws IOException {
        signIn();
        open("/projects/PAY");
        browser.findElement(By.tagName("body")).sendKeys("?");
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shortcuts")));
        assertThat(dialog.findElement(By.tagName("h2")).getText()).isEqualTo("Keyboard shortcuts");
        screenshot("shortcuts");
        List<String> keys = dialog.findElements(By.tagName("dt")).stream().map(WebElement::getText).toList();
        assertThat(keys).contains("Ctrl K · ⌘ K", "?", "Esc", "Enter");
        assertThat(dialog.findElements(By.tagName("dd")).stream().map(WebElement::getText).toList())
                .contains("Open the command bar", "Show this list", "Move the focused card to another column",
                        "Move the focused bar by a day; a summary folds or unfolds");

        dialog.sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOf(dialog));
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + "-en-1440.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private WebElement selected() {
        return browser.findElement(By.cssSelector("#command-options [aria-selected='true']"));
    }

    private void signIn() {
        open("/signin");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("test-admin-password-0");
        browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
        wait.until(ExpectedConditions.titleContains("Projects"));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
