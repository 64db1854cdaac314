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
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * A person who reads Chinese writes a post-mortem from the template, links a work item and a page still to be
 * written, attaches a chart and shows it in the page, edits it twice, and compares the last two revisions.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tandem-wiki;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class WikiBrowserTests {

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
    String project;
    ItemView item;

    @BeforeEach
    void start() throws IOException {
        PersonSummary person = identity.get("admin");
        admin = new Actor(person.id(), person.username(), person.orgRole());
        identity.changeLocale(admin, "zh-CN");
        project = "WK" + UUID.randomUUID().toString().replace("-", "").substring(0, 4).toUpperCase();
        portfolio.createProject(admin, project, "Payments " + project, null, null, LocalDate.of(2027, 1, 4));
        item = items.create(admin, project, new ItemFields("task", "Retry the settlement", null, null, null, null,
                "medium", null, null, null, null, null, null, null, null, null, null, null, null));
        session = Chromium.session(1440, 900);
        browser = session.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        signIn();
    }

    @AfterEach
    void stop() throws IOException {
        session.close();
        identity.changeLocale(admin, "en");
    }

    @Test
    void aChinesePostMortemFromTheTemplateLinksAnItemIsEditedTwiceAndItsChangesCompared() throws IOException {
        open("/projects/" + project + "/wiki");
        assertThat(browser.findElement(By.id("wiki-heading")).getText()).contains("的知识库");
        browser.findElement(By.id("new-title")).sendKeys("支付故障复盘");
        new Select(browser.findElement(By.id("new-template"))).selectByValue("postmortem");
        submit(browser.findElement(By.cssSelector("#new-page button[type=submit]")));

        WebElement text = browser.findElement(By.id("wiki-text"));
        assertThat(text.getAttribute("value")).startsWith("# 复盘");
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n\n影响的工作项:" + item.key() + ",处理步骤见 [[结算运维手册]]。");
        browser.findElement(By.id("wiki-preview-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#wiki-preview a[href='/items/" + item.key() + "']")));
        submit(browser.findElement(By.id("wiki-save")));

        assertThat(browser.findElement(By.id("wiki-page-title")).getText()).isEqualTo("支付故障复盘");
        assertThat(browser.findElement(By.cssSelector("#wiki-body a[href='/items/" + item.key() + "']")).getText())
                .isEqualTo(item.key());
        assertThat(browser.findElement(By.cssSelector("#wiki-body a.wiki-missing")).getText()).isEqualTo("结算运维手册");

        Path chart = Files.createTempDirectory("wiki-upload").resolve("chart.png");
        Files.write(chart, Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
        browser.findElement(By.id("wiki-file")).sendKeys(chart.toString());
        submit(browser.findElement(By.cssSelector("#wiki-upload button[type=submit]")));
        assertThat(browser.findElement(By.id("wiki-attachments")).getText()).contains("chart.png", "image/png");

        edit("第一次修改:补充了时间线。", "补充时间线", "\n![图表](attachment:chart.png)");
        WebElement image = browser.findElement(By.cssSelector("#wiki-body img[alt='图表']"));
        wait.until(d -> ((Number) browser.executeScript("return arguments[0].naturalWidth", image)).intValue() == 1);
        screenshot("wiki-page-zh");
        edit("第二次修改:增加了改进措施。", "增加改进措施", "");
        assertThat(browser.findElement(By.id("wiki-page-meta")).getText()).contains("第 3 版");

        submit(browser.findElement(By.id("wiki-history")));
        assertThat(browser.findElements(By.cssSelector("#wiki-revisions tbody tr"))).hasSize(3);
        submit(browser.findElement(By.id("wiki-compare-side")));
        assertThat(browser.findElement(By.id("diff-heading")).getText()).isEqualTo("从第 2 版到第 3 版的变更");
        assertThat(browser.findElements(By.cssSelector("#wiki-diff tr.diff-added, #wiki-diff tr.diff-changed")))
                .extracting(WebElement::getText).anySatisfy(row -> assertThat(row).contains("第二次修改"));
        screenshot("wiki-diff-zh");

        open("/items/" + item.key());
        assertThat(browser.findElement(By.id("mentions")).getText()).contains("支付故障复盘");
    }

    private void edit(String line, String note, String more) {
        submit(browser.findElement(By.id("wiki-edit")));
        browser.findElement(By.id("wiki-text")).sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n" + line + more);
        browser.findElement(By.id("wiki-note")).sendKeys(note);
        submit(browser.findElement(By.id("wiki-save")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("wiki-body")));
        assertThat(browser.findElement(By.id("wiki-body")).getText()).contains(line);
    }

    /** Clicks something that loads another page, and waits for it. */
    private void submit(WebElement element) {
        element.click();
        wait.until(Chromium.replaced(element));
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
