package dev.tandem.timetracking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.shared.Actor;
import dev.tandem.support.Chromium;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In headless Chromium on the demo: a card of the payment project's board opens its "Log time" dialog (by its button
 * and by the keyboard), logs hours with today's date already filled in, and shows the item's new total; closing the
 * dialog puts the focus back on the card's button. The admin joins the project for the test unless a member already,
 * and the hours logged are removed again, so the demo stays as other tests expect it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"tandem.demo=true",
        "spring.datasource.url=jdbc:h2:mem:tandem-shell;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class BoardLogTimeBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    TimeTrackingManagement time;

    @Test
    void aBoardCardLogsTimeThroughItsDialogAndShowsTheItemsTotal() throws Exception {
        PersonSummary person = identity.get("admin");
        Actor admin = new Actor(person.id(), person.username(), person.orgRole());
        String language = person.locale();
        // the texts read here are English; another test of this application may have left admin in Chinese
        identity.changeLocale(admin, "en");
        boolean joined = !portfolio.isMember(portfolio.project(admin, "PAY").id(), admin.personId());
        if (joined) {
            portfolio.addMember(admin, "PAY", "admin", ProjectRole.ENGINEER);
        }
        String key = null;
        List<Long> earlier = List.of();
        try (Chromium.Session session = Chromium.session(1440, 1000)) {
            ChromeDriver browser = session.driver();
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get("http://localhost:" + port + "/signin");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys("admin");
            browser.findElement(By.id("password")).sendKeys("test-admin-password-0");
            browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
            wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));

            browser.get("http://localhost:" + port + "/projects/PAY/board");
            WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".board-card")));
            key = card.getDomAttribute("data-key");
            earlier = time.logs(admin, "PAY", key).stream().map(WorkLogView::id).toList();
            String before = time.itemTime(admin, "PAY", key).logged().toPlainString();
            WebElement button = card.findElement(By.cssSelector(".card-log"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
            button.click();

            WebElement hours = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cardlog-hours")));
            assertThat(browser.findElement(By.id("worklog-dialog")).getDomAttribute("open")).isNotNull();
            assertThat(browser.switchTo().activeElement().getDomAttribute("id")).as("the focus is in the form")
                    .isEqualTo("cardlog-date");
            assertThat(browser.findElement(By.id("cardlog-date")).getDomProperty("value"))
                    .isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cardlog-total"), before + " h"));
            hours.sendKeys("1.5");
            browser.findElement(By.id("cardlog-note")).sendKeys("Checked from the board");
            browser.findElement(By.cssSelector("#cardlog-form button[type=submit]")).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("worklog-dialog-body"),
                    "Logged 1.5 h on " + key));
            String after = time.itemTime(admin, "PAY", key).logged().toPlainString();
            assertThat(after).isNotEqualTo(before);
            assertThat(browser.findElement(By.id("cardlog-total")).getText()).contains(after + " h");
            assertThat(time.logs(admin, "PAY", key)).extracting(WorkLogView::note).contains("Checked from the board");

            browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            wait.until(ExpectedConditions.not(ExpectedConditions.attributeToBeNotEmpty(
                    browser.findElement(By.id("worklog-dialog")), "open")));
            WebElement focused = browser.switchTo().activeElement();
            assertThat(focused.getDomAttribute("class")).as("the focus is back on the card's button").isEqualTo("card-log");

            WebElement again = browser.findElement(By.cssSelector(".board-card[data-key='" + key + "']"));
            browser.executeScript("arguments[0].focus()", again);
            again.sendKeys("t");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cardlog-hours")));
            // the dialog's body may be drawn again meanwhile (the board refreshes live): find the total each time
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cardlog-total"), after + " h"));
            wait.ignoring(StaleElementReferenceException.class).until(driver -> {
                driver.findElement(By.cssSelector("#worklog-dialog [data-dialog-close]")).click();
                return true;
            });
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("cardlog-hours")));
        } finally {
            if (key != null) {
                for (WorkLogView log : time.logs(admin, "PAY", key)) {
                    if (!earlier.contains(log.id())) {
                        time.delete(admin, "PAY", key, log.id(), log.version());
                    }
                }
            }
            if (joined) {
                portfolio.removeMember(admin, "PAY", "admin");
            }
            identity.changeLocale(admin, language == null ? "en" : language);
        }
    }

}
