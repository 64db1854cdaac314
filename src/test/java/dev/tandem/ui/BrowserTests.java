package dev.tandem.ui;

import dev.tandem.support.Chromium;
import dev.tandem.support.TandemIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.shared.Actor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main path through the UI in Debian's headless Chromium, with screenshots under target/screenshots.
 * The browser and its driver come from the system; nothing is downloaded.
 */
@TandemIntegrationTest
class BrowserTests {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;

    WebDriver browser;
    WebDriverWait wait;
    Path profile;

    @BeforeEach
    void startChromium() throws IOException {
        profile = Files.createTempDirectory("tandem-chromium");
        browser = Chromium.start(profile, 1360, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopChromium() throws IOException {
        browser.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
        // The switch to Chinese is remembered for admin; other tests sign in as admin and expect English.
        PersonSummary admin = identity.get("admin");
        identity.changeLocale(new Actor(admin.id(), admin.username(), admin.orgRole()), "en");
    }

    @Test
    void planAndLinkWorkThenReadItInChinese() throws IOException {
        String key = "B" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();

        open("/");
        screenshot("01-signin");
        type(By.id("username"), "admin");
        type(By.id("password"), "test-admin-password-0");
        click(By.cssSelector("form[action='/signin'] button[type=submit]"));
        waitForTitle("Projects");

        click(By.linkText("New project"));
        type(By.id("key"), key);
        type(By.id("name"), "Payment system " + key);
        type(By.id("description"), "The new payment system");
        screenshot("02-new-project");
        click(By.cssSelector("main form button[type=submit]"));
        waitForText(By.tagName("h1"), "Payment system " + key);
        screenshot("03-overview");

        createItem(key, "Design the payment API", "story");
        createItem(key, "Build the payment API", "task");
        String first = key + "-1";
        String second = key + "-2";

        type(By.id("predecessor"), first);
        new Select(browser.findElement(By.id("dependency-type"))).selectByValue("FS");
        type(By.id("lagDays"), "2");
        click(By.cssSelector("form[action$='/dependencies'] button[type=submit]"));
        waitForText(By.cssSelector(".alert.success"), "The dependency was added.");
        WebElement dependencies = browser.findElement(By.id("dependencies-heading")).findElement(By.xpath(".."));
        assertThat(dependencies.getText()).contains(first).contains("Design the payment API");
        WebElement history = browser.findElement(By.id("history-heading")).findElement(By.xpath(".."));
        assertThat(history.getText()).contains("Dependency").contains(first + " FS +2d");
        screenshot("04-item-with-dependency");

        open("/projects/" + key + "/items");
        WebElement results = browser.findElement(By.id("results"));
        assertThat(results.getText()).contains(first).contains(second);
        type(By.id("filter-text"), "Build");
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), first)));
        assertThat(browser.findElement(By.id("results")).getText()).contains(second);
        screenshot("05-item-list-filtered");

        open("/items/" + second);
        click(By.cssSelector(".lang-switch button[value='zh-CN']"));
        waitForText(By.id("history-heading"), "变更历史");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.findElement(By.id("dependencies-heading")).getText()).isEqualTo("依赖关系");
        assertThat(browser.findElement(By.cssSelector("nav.nav")).getText()).contains("项目").contains("审计日志");
        screenshot("06-item-in-chinese");

        open("/projects/" + key + "/items");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("工作项");
        screenshot("07-item-list-in-chinese");
        open("/projects/" + key);
        screenshot("08-overview-in-chinese");
    }

    private void createItem(String key, String title, String type) {
        open("/projects/" + key + "/items/new");
        new Select(browser.findElement(By.id("type"))).selectByValue(type);
        type(By.id("title"), title);
        type(By.id("mostLikelyDays"), "3");
        type(By.id("labels"), "payments, api");
        click(By.cssSelector("main form button[type=submit]"));
        waitForText(By.tagName("h1"), title);
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

    private void waitForTitle(String part) {
        wait.until(ExpectedConditions.titleContains(part));
    }

    private void waitForText(By where, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    private void screenshot(String name) throws IOException {
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
