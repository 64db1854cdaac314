package dev.tandem.retrospective;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Chromium;
import dev.tandem.support.TandemIntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In headless Chromium: a PM opens a retrospective from the sidebar, adds a card, sees a teammate's anonymous card
 * arrive without reloading, moves through the stages, votes, adds an action item and makes it a work item, whose key
 * and state then show on the board.
 */
@TandemIntegrationTest
class RetrospectiveBrowserTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void aRetrospectiveGoesFromCardsAndAVoteToAnActionItemThatBecomesAWorkItem() throws Exception {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person teammate = api.newPerson();
        api.addMember(project, teammate.username(), "ENGINEER");
        String base = "http://localhost:" + port;
        try (Chromium.Session session = Chromium.session(1440, 1000)) {
            ChromeDriver browser = session.driver();
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(base + "/signin");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(pm.username());
            browser.findElement(By.id("password")).sendKeys(pm.password());
            browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
            wait.until(ExpectedConditions.urlToBe(base + "/"));

            browser.get(base + "/projects/" + project);
            browser.findElement(By.cssSelector("#project-nav a[href='/projects/" + project + "/retrospectives']")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("retro-title"))).sendKeys("Sprint 9 retrospective");
            new Select(browser.findElement(By.id("retro-format"))).selectByValue("START_STOP_CONTINUE");
            browser.findElement(By.cssSelector("#create button[type=submit]")).click();

            WebElement cardBody = wait.until(ExpectedConditions.elementToBeClickable(By.id("card-body-START")));
            cardBody.sendKeys("Demo every Friday");
            browser.findElement(By.cssSelector("#card-START button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cards-START"), "Demo every Friday"));
            String retro = browser.getCurrentUrl().replaceAll(".*/retrospectives/(\\d+).*", "$1");

            api.post(teammate.token(), "/api/v1/projects/" + project + "/retrospectives/" + retro + "/cards",
                    fields("column", "STOP", "body", "Merging on Friday night", "anonymous", true));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cards-STOP"), "Merging on Friday night"));
            assertThat(browser.findElement(By.id("cards-STOP")).getText()).contains("Anonymous")
                    .doesNotContain(teammate.username());

            browser.findElement(By.id("next-stage")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".retro-stages .current"), "Group"));
            browser.findElement(By.id("next-stage")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".retro-stages .current"), "Vote"));
            browser.findElement(By.cssSelector("#cards-STOP button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cards-STOP"), "Dots: 1"));
            assertThat(browser.findElement(By.id("votes-left")).getText()).contains("4");

            browser.findElement(By.id("next-stage")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("action-title"))).sendKeys("Freeze merges on Friday");
            new Select(browser.findElement(By.id("action-owner"))).selectByValue(teammate.username());
            browser.findElement(By.cssSelector("#action button[type=submit]")).click();
            WebElement toItem = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#action-list form button[type=submit]")));
            toItem.click();

            WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#action-list a[href^='/items/" + project + "-']")));
            String itemKey = link.getText();
            assertThat(browser.findElement(By.id("action-list")).getText()).contains("Freeze merges on Friday", "Backlog");
            var item = api.get(pm.token(), "/api/v1/items/" + itemKey).json();
            assertThat(item.get("title").asString()).isEqualTo("Freeze merges on Friday");
            assertThat(item.get("assignee").asString()).isEqualTo(teammate.username());
        }
    }
}
