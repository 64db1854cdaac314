package dev.tandem.delayrisk.web;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Chromium;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In headless Chromium: the board's card and the Gantt's bar of a risky item carry the mark, its reasons as tooltip. */
@TandemIntegrationTest
class DelayRiskBrowserTests {

    @Autowired
    Api api;
    @LocalServerPort
    int port;

    @Test
    void theRiskyItemIsMarkedOnBoardAndGanttAndTheCalmOneIsNot() throws Exception {
        String project = api.newProject(api.adminToken());
        LocalDate today = LocalDate.now();
        String late = Response.text(api.newItem(api.adminToken(), project, fields("type", "task", "title", "Ledger",
                "plannedStart", today.minusWeeks(6).toString(), "plannedFinish", today.plusDays(1).toString())), "key");
        String calm = Response.text(api.newItem(api.adminToken(), project, fields("type", "task", "title", "Reports",
                "plannedStart", today.plusWeeks(4).toString(), "plannedFinish", today.plusWeeks(5).toString())), "key");

        try (Chromium.Session session = Chromium.session(1440, 1000)) {
            ChromeDriver browser = session.driver();
            var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get("http://localhost:" + port + "/signin");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(Api.ADMIN);
            browser.findElement(By.id("password")).sendKeys(Api.ADMIN_PASSWORD);
            browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
            wait.until(ExpectedConditions.titleContains("Projects"));

            browser.get("http://localhost:" + port + "/projects/" + project + "/board");
            WebElement mark = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".board-card[data-key='" + late + "'] .delayrisk-mark")));
            assertThat(mark.getText()).endsWith("%");
            assertThat(mark.getAttribute("title")).startsWith("Delay risk: ").contains("20 working days behind");
            assertThat(browser.findElements(By.cssSelector(".board-card[data-key='" + calm + "'] .delayrisk-mark")))
                    .isEmpty();

            browser.get("http://localhost:" + port + "/projects/" + project + "/gantt");
            By risky = By.cssSelector("g.task.delayrisk-risky[data-key='" + late + "'] title");
            // the chart may be drawn again while the test waits: find the bar afresh each time
            wait.ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> d.findElement(risky).getAttribute("textContent").contains("Delay risk: "));
            assertThat(browser.findElements(By.cssSelector("g.task.delayrisk-risky[data-key='" + calm + "']"))).isEmpty();
        }
    }
}
