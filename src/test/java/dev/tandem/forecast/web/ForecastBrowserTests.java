package dev.tandem.forecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Chromium;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In headless Chromium on the demo: the payment project's forecast gives each milestone a P50 and a P85 no earlier
 * than it, and its delay-risk page names an item likely to finish late with the reasons in words.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"tandem.demo=true",
        "spring.datasource.url=jdbc:h2:mem:tandem-shell;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class ForecastBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theDemoForecastShowsP50AndP85AndAnItemLikelyToBeLateWithItsReasons() throws Exception {
        try (Chromium.Session session = Chromium.session(1440, 1000)) {
            ChromeDriver browser = session.driver();
            var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get("http://localhost:" + port + "/signin");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys("admin");
            browser.findElement(By.id("password")).sendKeys("test-admin-password-0");
            browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
            wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));

            browser.get("http://localhost:" + port + "/projects/PAY/forecast");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("forecast-mc-histogram")));
            assertThat(browser.findElement(By.id("forecast-mc-summary")).getText()).contains("P50 ", "P85 ");
            List<WebElement> milestones = browser.findElements(By.cssSelector("#forecast-mc-milestone-table tbody tr"));
            assertThat(milestones).as("the demo's milestones").isNotEmpty();
            for (WebElement row : milestones) {
                List<WebElement> dates = row.findElements(By.cssSelector("td.date"));
                LocalDate p50 = LocalDate.parse(dates.get(1).getText());
                LocalDate p85 = LocalDate.parse(dates.get(2).getText());
                assertThat(p85).as(row.getText()).isAfterOrEqualTo(p50);
            }

            browser.get("http://localhost:" + port + "/projects/PAY/delay-risk");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("delayrisk-basis")));
            List<WebElement> reasons = browser.findElements(By.cssSelector(".delayrisk-table tr .delayrisk-reasons li"));
            assertThat(reasons).as("an item likely to finish late, with why").isNotEmpty();
            assertThat(reasons.getFirst().getText()).isNotBlank().doesNotContainPattern("^[a-z]+\\.[a-z.]+$");
        }
    }
}
