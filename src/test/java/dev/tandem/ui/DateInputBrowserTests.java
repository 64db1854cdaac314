package dev.tandem.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.shared.Actor;
import dev.tandem.sprint.SprintManagement;
import dev.tandem.sprint.SprintView;
import dev.tandem.support.Chromium;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Date fields show and take ISO dates in English and in Chinese, where Chromium's own date input shows 12/03/2026 in
 * English: the sprint form and the item page's inline dates, each filled through the calendar popup, whose month and
 * day names are in the page's language, and saved.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"tandem.demo=true",
        "spring.datasource.url=jdbc:h2:mem:tandem-shell;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class DateInputBrowserTests {

    private static final String ISO = "\\d{4}-\\d{2}-\\d{2}";

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;
    @Autowired
    SprintManagement sprints;
    @Autowired
    WorkItemManagement items;

    ChromeDriver browser;
    Chromium.Session session;
    WebDriverWait wait;
    Actor admin;

    @BeforeEach
    void start() throws IOException {
        PersonSummary person = identity.get("admin");
        admin = new Actor(person.id(), person.username(), person.orgRole());
        session = Chromium.session(1440, 900);
        browser = session.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() throws IOException {
        // the other tests of this application read English
        identity.changeLocale(admin, "en");
        session.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theSprintFormTakesIsoDatesTypedOrPickedFromTheCalendar(String language) {
        boolean chinese = language.startsWith("zh");
        identity.changeLocale(admin, language);
        signIn();
        // years apart per language, so the two sprints never overlap each other or the demo's
        LocalDate start = LocalDate.of(chinese ? 2032 : 2031, 5, 6);
        LocalDate end = start.withDayOfMonth(20);
        String name = "ISO dates " + language;
        open("/projects/PAY/sprints");

        WebElement startField = browser.findElement(By.id("sprint-start"));
        WebElement endField = browser.findElement(By.id("sprint-end"));
        assertThat(startField.getAttribute("type")).as("not the browser's locale-ordered date input").isEqualTo("text");
        assertThat(startField.getAttribute("placeholder")).isEqualTo(chinese ? "年-月-日" : "YYYY-MM-DD");
        browser.findElement(By.id("sprint-name")).sendKeys(name);

        assertThat(startField.getAttribute("value")).as("the suggested start").matches(ISO);
        startField.clear();
        startField.sendKeys("2031-02-30");
        assertThat(startField.getDomProperty("validationMessage")).as("a day that does not exist")
                .isEqualTo(chinese ? "请输入有效日期，格式为 年-月-日，例如 2026-11-30。"
                        : "Enter a real date as YYYY-MM-DD, for example 2026-11-30.");
        startField.clear();
        startField.sendKeys(start.toString());
        assertThat(startField.getDomProperty("validationMessage")).isEmpty();

        endField.clear();
        endField.sendKeys(start.toString());
        WebElement popup = openCalendar(endField);
        assertThat(popup.findElement(By.cssSelector(".date-popup-month")).getText()).isEqualTo(month(start, chinese));
        List<String> days = popup.findElements(By.cssSelector(".date-grid th")).stream()
                .map(day -> day.getDomProperty("textContent")).toList();
        assertThat(days).hasSize(7).allMatch(day -> chinese ? day.startsWith("周") : day.matches("[A-Z][a-z]{2}"));
        screenshot("dates-sprint-popup-" + language);
        popup.findElement(By.cssSelector(".date-day[data-day='" + end + "']")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".date-popup"), 0));
        assertThat(endField.getAttribute("value")).isEqualTo(end.toString());

        browser.findElement(By.cssSelector("#plan-sprint ~ form button[type=submit]")).click();
        wait.until(Chromium.replaced(endField));
        SprintView saved = sprints.sprints(admin, "PAY").stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(saved.startDate()).isEqualTo(start);
        assertThat(saved.endDate()).isEqualTo(end);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(start.toString(), end.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theItemPageShowsItsDatesAsIsoAndSavesAPickedOneInPlace(String language) {
        boolean chinese = language.startsWith("zh");
        identity.changeLocale(admin, language);
        signIn();
        ItemView item = items.get(admin, sprints.backlog(admin, "PAY").get(chinese ? 6 : 5).key());
        open("/items/" + item.key());

        WebElement due = browser.findElement(By.id("dueDate"));
        WebElement plannedStart = browser.findElement(By.id("plannedStart"));
        assertThat(plannedStart.getAttribute("value")).matches(item.plannedStart() == null ? "" : ISO);
        LocalDate shown = due.getAttribute("value").isEmpty() ? LocalDate.now() : LocalDate.parse(due.getAttribute("value"));
        LocalDate picked = shown.plusMonths(1).withDayOfMonth(15);

        WebElement popup = openCalendar(due);
        popup.findElement(By.cssSelector(".date-next")).click();
        assertThat(popup.findElement(By.cssSelector(".date-popup-month")).getText()).isEqualTo(month(picked, chinese));
        popup.findElement(By.cssSelector(".date-day[data-day='" + picked + "']")).click();
        assertThat(due.getAttribute("value")).isEqualTo(picked.toString());
        wait.until(d -> picked.equals(items.get(admin, item.key()).dueDate()));
        screenshot("dates-item-saved-" + language);

        // put the demo back as it was for the other tests of this application
        browser.findElement(By.cssSelector("#status-dueDate button")).click();
        wait.until(d -> Objects.equals(item.dueDate(), items.get(admin, item.key()).dueDate()));
    }

    private WebElement openCalendar(WebElement field) {
        field.findElement(By.xpath("following-sibling::button[contains(@class, 'date-button')]")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".date-popup")));
    }

    /** The month as the browser's Intl writes it in the page's language. */
    private static String month(LocalDate day, boolean chinese) {
        return chinese ? day.getYear() + "年" + day.getMonthValue() + "月"
                : day.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US));
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
