package dev.tandem.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.reporting.SyncReports;
import dev.tandem.support.Chromium;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In headless Chromium on the demo, a weekly sync of the payment project: last week's meeting leaves an open action
 * item; this week's agenda shows it and an item at risk; the PM records a decision and an action item in Chinese; the
 * action item becomes a work item on the board and appears in next week's sync report.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"tandem.demo=true",
        "spring.datasource.url=jdbc:h2:mem:tandem-meetings;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class MeetingBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Test
    void aWeeklySyncFollowsItsActionItemsOntoTheBoardAndIntoNextWeeksReport() throws Exception {
        LocalDate lastMonday = LocalDate.now(clock).with(DayOfWeek.MONDAY).minusWeeks(1);
        String nextWeek = SyncReports.isoWeek(lastMonday.plusWeeks(2));
        String base = "http://localhost:" + port;
        try (Chromium.Session session = Chromium.session(1440, 1000)) {
            ChromeDriver browser = session.driver();
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(base + "/signin");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys("admin");
            browser.findElement(By.id("password")).sendKeys("test-admin-password-0");
            browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
            wait.until(ExpectedConditions.urlToBe(base + "/"));

            // last week's sync, with an action item nobody has done yet
            browser.get(base + "/projects/PAY/meetings");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("meeting-kind"))).selectByValue("WEEKLY_SYNC");
            browser.findElement(By.id("meeting-title")).sendKeys("Weekly sync");
            browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("meeting-date")),
                    lastMonday.toString());
            browser.findElement(By.id("meeting-zone")).clear();
            browser.findElement(By.id("meeting-zone")).sendKeys("Asia/Shanghai");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("meeting-recurrence"))).selectByValue("WEEKLY");
            browser.findElement(By.cssSelector("form[action='/projects/PAY/meetings'] button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agenda-heading")));
            browser.findElement(By.id("action-title")).sendKeys("Confirm the settlement file format");
            browser.findElement(By.cssSelector("form[action$='/actions'] button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions"), "Confirm the settlement file format"));

            // this week's: its agenda shows an item at risk and last week's open action item
            browser.findElement(By.cssSelector("form[action$='/next'] button[type=submit]")).click();
            // the next meeting's page replaces this one: Chromium may answer for a node of the old one meanwhile
            wait.ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("carried-over"),
                    "Confirm the settlement file format"));
            WebElement agenda = browser.findElement(By.cssSelector("#agenda .markdown"));
            List<WebElement> headings = agenda.findElements(By.tagName("h2"));
            int atRisk = headings.stream().map(WebElement::getText).toList().indexOf("Items at risk of finishing late");
            assertThat(atRisk).as("the agenda has an at-risk section").isNotNegative();
            List<WebElement> lists = agenda.findElements(By.xpath("./ul"));
            assertThat(lists.get(atRisk).getText()).as("an item at risk").containsPattern("PAY-\\d+");
            assertThat(agenda.getText()).contains("Confirm the settlement file format");

            // the PM switches to Chinese and records a decision and an action item
            browser.findElement(By.cssSelector("form.lang-switch button[value='zh-CN']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda-heading"), "议程"));
            browser.findElement(By.id("decision-text")).sendKeys("结算文件采用 CSV 格式");
            browser.findElement(By.cssSelector("form[action$='/decisions'] button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decisions"), "结算文件采用 CSV 格式"));
            browser.findElement(By.id("action-title")).sendKeys("准备上线检查单");
            browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("action-due")),
                    lastMonday.plusWeeks(2).toString());
            browser.findElement(By.cssSelector("form[action$='/actions'] button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions"), "准备上线检查单"));

            // the action item becomes a work item on the board
            browser.findElement(By.cssSelector("#actions form[action$='/work-item'] button")).click();
            WebElement key = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#actions a.key")));
            String item = key.getText();
            assertThat(item).startsWith("PAY-");
            browser.get(base + "/projects/PAY/board");
            // long cells show their first cards; the rest come when asked for, as a person would ask
            By cardOnBoard = By.cssSelector(".board-card[data-key='" + item + "']");
            for (int asked = 0; browser.findElements(cardOnBoard).isEmpty() && asked < 40; asked++) {
                List<WebElement> more = browser.findElements(By.cssSelector(".board-more"));
                if (more.isEmpty()) {
                    break;
                }
                more.getFirst().click();
                wait.until(ExpectedConditions.stalenessOf(more.getFirst()));
            }
            WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(cardOnBoard));
            assertThat(card.getText()).contains("准备上线检查单");

            // still open, it is in next week's sync report
            browser.get(base + "/projects/PAY/sync?week=" + nextWeek);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sync-decisions")));
            WebElement decisions = browser.findElement(By.xpath("//section[@aria-labelledby='sync-decisions']"));
            assertThat(decisions.getText()).contains("准备上线检查单", item);
        }
    }
}
