package dev.tandem.query;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Chromium;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The items page in Chromium: choosing a saved filter runs it, and the query box completes a field from what is
 * typed and runs the new query on Enter.
 */
@TandemIntegrationTest
class QueryBrowserTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    Chromium.Session session;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startChromium() throws IOException {
        session = Chromium.session(1280, 900);
        browser = session.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopChromium() throws IOException {
        session.close();
    }

    @Test
    void aSavedFilterRunsOnTheItemsPageAndTheBoxCompletesANewQuery() {
        Person engineer = api.newPerson();
        String project = api.newProject(api.adminToken());
        api.addMember(project, engineer.username(), "ENGINEER");
        String bug = Response.text(api.newItem(engineer.token(), project,
                fields("type", "bug", "title", "Checkout times out")), "key");
        String task = Response.text(api.newItem(engineer.token(), project,
                fields("type", "task", "title", "Raise the gateway timeout")), "key");
        long filter = api.post(engineer.token(), "/api/v1/filters", fields("name", "Bugs of mine", "query",
                "type = bug and project = " + project)).number("id");

        signIn(engineer);
        open("/items");
        new Select(browser.findElement(By.id("query-filter"))).selectByValue(Long.toString(filter));
        wait.until(ExpectedConditions.urlContains("/items?filter=" + filter));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bugs of mine");
        assertThat(resultKeys()).containsExactly(bug);

        WebElement box = browser.findElement(By.id("query-q"));
        box.clear();
        box.sendKeys("ty");
        WebElement option = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#query-suggestions li")));
        assertThat(option.getText()).startsWith("type");
        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(d -> box.getAttribute("value").equals("type "));
        box.sendKeys("= task and project = " + project);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#query-suggestions li")));
        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q="));
        assertThat(resultKeys()).containsExactly(task);
    }

    private List<String> resultKeys() {
        return wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("#query-results tbody a.key")))
                .stream().map(WebElement::getText).toList();
    }

    private void signIn(Person person) {
        open("/signin");
        browser.findElement(By.id("username")).sendKeys(person.username());
        browser.findElement(By.id("password")).sendKeys(person.password());
        browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
        wait.until(ExpectedConditions.titleContains("Projects"));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }
}
