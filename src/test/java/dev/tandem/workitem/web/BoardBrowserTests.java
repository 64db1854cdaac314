package dev.tandem.workitem.web;

import dev.tandem.support.Chromium;
import dev.tandem.support.TandemIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonDraft;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.shared.Actor;
import dev.tandem.workitem.internal.BoardManagement;
import dev.tandem.workitem.ItemFields;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.WorkItemManagement;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The board in two Debian headless Chromium windows signed in as two people: a card dragged in one moves in the
 * other without a reload; a full column refuses a card; the keyboard menu moves a card; swimlanes, filters and
 * Chinese. Screenshots go to target/screenshots. The browser and its driver come from the system.
 */
@TandemIntegrationTest
class BoardBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final String ADMIN_PASSWORD = "test-admin-password-0";
    private static final String PASSWORD = "a-long-test-password-1";
    /** Long enough for any change to arrive; the stream delivers within a second. */
    private static final Duration LIVE = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    WorkItemManagement items;
    @Autowired
    BoardManagement boards;

    final List<ChromeDriver> browsers = new ArrayList<>();
    final List<Path> profiles = new ArrayList<>();
    Actor admin;
    String key;
    String engineer;
    Map<String, ItemView> cards;

    @BeforeEach
    void aProjectUnderWay() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        PersonSummary person = identity.get("admin");
        admin = new Actor(person.id(), person.username(), person.orgRole());
        key = "BB" + UUID.randomUUID().toString().replace("-", "").substring(0, 4).toUpperCase();
        portfolio.createProject(admin, key, "Checkout revamp", "The new checkout", null, LocalDate.of(2027, 1, 4));
        engineer = person("Li Na");
        String sam = person("Sam Carter");
        portfolio.addMember(admin, key, engineer, ProjectRole.ENGINEER);
        portfolio.addMember(admin, key, sam, ProjectRole.ENGINEER);

        cards = new java.util.HashMap<>();
        var cardsEpic = add("cardsEpic", "epic", "Card payments", null, null, null, null, Set.of());
        var refunds = add("refunds", "epic", "Refunds", null, null, null, null, Set.of());
        add("tokenise", "story", "Tokenise cards at the edge", cardsEpic.key(), engineer, "5", null, Set.of("api"));
        add("threeDs", "story", "3-D Secure challenge flow", cardsEpic.key(), sam, "8", null, Set.of("ui", "api"));
        add("retry", "task", "Retry declined captures once", cardsEpic.key(), null, null, "6", Set.of("api"));
        add("refundApi", "story", "Partial refunds in the API", refunds.key(), "admin", "3", null, Set.of("api"));
        add("refundUi", "story", "Refund button for support staff", refunds.key(), engineer, "2", null, Set.of("ui"));
        add("ledger", "task", "Post refunds to the ledger", refunds.key(), sam, null, "12", Set.of());
        add("bankBug", "bug", "Settlement file rejected by the bank", null, "admin", "1", null, Set.of("risk"));
        add("docs", "task", "Document the checkout events", null, null, null, "4", Set.of("docs"));
        add("audit", "task", "Audit log for refunds", refunds.key(), engineer, null, "5", Set.of());

        moveTo("tokenise", "In progress");
        moveTo("threeDs", "In progress");
        moveTo("bankBug", "In progress");
        moveTo("refundApi", "In progress");
        moveTo("audit", "Done");
        moveTo("cardsEpic", "In progress");
        ItemView bug = items.get(admin, cards.get("bankBug").key());
        items.update(admin, bug.key(), new ItemFields(null, null, null, null, true,
                "Waiting for the bank's sandbox keys", null, null, null, null, null, null, null, null, null, null,
                null, null, null), bug.version());
        boards.configure(admin, key, false, Map.of("In progress", 4), 0L);
    }

    @AfterEach
    void closeBrowsers() throws IOException {
        browsers.forEach(WebDriver::quit);
        for (Path profile : profiles) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        // the switch to Chinese is remembered for admin; other tests sign in as admin and expect English
        identity.changeLocale(admin, "en");
    }

    @Test
    void aCardDraggedInOneWindowMovesInTheOtherWithoutAReload() throws IOException {
        ChromeDriver first = signedIn("admin", ADMIN_PASSWORD);
        ChromeDriver second = signedIn(engineer, PASSWORD);
        openBoard(first);
        openBoard(second);
        ((JavascriptExecutor) second).executeScript("window.boardTestMarker = 'still the same page';");
        screenshot(first, "board-01-board");

        String docs = cards.get("docs").key();
        drag(first, docs, "In review", "board-02-dragging");
        waitUntilIn(first, docs, "In review", Duration.ofSeconds(20));
        waitUntilIn(second, docs, "In review", LIVE);

        assertThat(items.get(admin, docs).status()).isEqualTo("In review");
        assertThat(((JavascriptExecutor) second).executeScript("return window.boardTestMarker;"))
                .isEqualTo("still the same page");
        assertThat(count(second, "In review")).isEqualTo("1");
        screenshot(second, "board-03-moved-live-in-the-other-window");
    }

    @Test
    void aFullColumnRefusesTheCardWithItsLimitAndTheCardGoesBack() throws IOException {
        boards.configure(admin, key, true, Map.of("In progress", 4), boards.board(admin, key).version());
        ChromeDriver browser = signedIn("admin", ADMIN_PASSWORD);
        openBoard(browser);
        assertThat(text(browser, ".board-hard-note")).contains("hard stops");

        String retry = cards.get("retry").key();
        drag(browser, retry, "In progress");

        WebElement message = wait(browser, LIVE).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("board-message")));
        assertThat(message.getText()).contains("The move was refused.").contains("In progress").contains("4");
        waitUntilIn(browser, retry, "Backlog", LIVE);
        assertThat(items.get(admin, retry).status()).isEqualTo("Backlog");
        screenshot(browser, "board-04-hard-wip-limit-refused");
    }

    @Test
    void theKeyboardMenuMovesACardAndSwimlanesFiltersAndChineseWork() throws IOException {
        ChromeDriver browser = signedIn("admin", ADMIN_PASSWORD);
        openBoard(browser);

        String refundUi = cards.get("refundUi").key();
        WebElement menuButton = card(browser, refundUi).findElement(By.cssSelector(".card-move"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", menuButton);
        menuButton.sendKeys(Keys.ENTER);
        WebElement menu = wait(browser, LIVE).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".move-menu")));
        screenshot(browser, "board-05-keyboard-move-menu");
        for (int i = 0; i < 10 && !"→ Done".equals(browser.switchTo().activeElement().getText()); i++) {
            browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
        assertThat(menu.getText()).contains("→ Done");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUntilIn(browser, refundUi, "Done", LIVE);
        assertThat(items.get(admin, refundUi).status()).isEqualTo("Done");

        new Select(browser.findElement(By.id("board-lanes"))).selectByValue("epic");
        wait(browser, LIVE).until(ExpectedConditions.attributeToBe(By.id("board"), "data-lanes", "epic"));
        List<String> lanes = texts(browser, ".lane-head");
        assertThat(lanes).anySatisfy(l -> assertThat(l).contains("Card payments"))
                .anySatisfy(l -> assertThat(l).contains("Refunds")).anySatisfy(l -> assertThat(l).contains("No epic"));
        screenshot(browser, "board-06-swimlanes-by-epic");

        browser.findElement(By.cssSelector("button[data-filter='blocked']")).click();
        assertThat(attributes(browser, ".board-card:not([hidden])", "data-key")).containsExactly(cards.get("bankBug").key());
        assertThat(browser.findElement(By.id("board-showing")).getText()).isEqualTo("Showing 1 of 11 items");
        browser.findElement(By.cssSelector("button[data-filter='clear']")).click();
        browser.findElement(By.cssSelector("button[data-filter='mine']")).click();
        assertThat(attributes(browser, ".board-card:not([hidden])", "data-assignee")).containsOnly("admin").hasSize(2);
        screenshot(browser, "board-07-only-my-items");
        browser.findElement(By.cssSelector("button[data-filter='clear']")).click();

        browser.findElement(By.cssSelector(".lang-switch button[value='zh-CN']")).click();
        wait(browser, LIVE).until(ExpectedConditions.textToBe(By.tagName("h1"), "看板"));
        assertThat(browser.findElement(By.cssSelector("#project-nav a[aria-current='page']")).getText()).isEqualTo("看板");
        assertThat(text(browser, ".board-col-head[data-status='In progress'] .col-name")).isEqualTo("进行中");
        screenshot(browser, "board-08-board-in-chinese");
        new Select(browser.findElement(By.id("board-lanes"))).selectByValue("assignee");
        wait(browser, LIVE).until(ExpectedConditions.attributeToBe(By.id("board"), "data-lanes", "assignee"));
        assertThat(text(browser, "#board")).contains("未分配");
        screenshot(browser, "board-09-swimlanes-by-assignee-in-chinese");
    }

    /**
     * Long columns show their first cards: "show more" brings in the rest of one cell and keeps it through live
     * reloads, and a quick filter looks at every card, also those not shown yet.
     */
    @Test
    void aLongColumnShowsItsFirstCardsTheRestOnDemandAndFiltersSeeEveryCard() throws IOException {
        for (int i = 1; i <= 45; i++) {
            add("spare" + i, "task", "Spare task " + i, null, i == 12 ? engineer : null, null, null, Set.of());
        }
        for (int i = 1; i <= 12; i++) {
            moveTo("spare" + i, "Done");
        }
        ChromeDriver browser = signedIn(engineer, PASSWORD);
        openBoard(browser);
        String backlog = ".board-cell[data-status='Backlog'] .board-card";
        String done = ".board-cell[data-status='Done'] .board-card";
        int inBacklog = Integer.parseInt(count(browser, "Backlog"));
        assertThat(inBacklog).isGreaterThan(BoardLayout.FIRST_CARDS);
        assertThat(browser.findElements(By.cssSelector(backlog))).hasSize(BoardLayout.FIRST_CARDS);
        assertThat(browser.findElements(By.cssSelector(done))).hasSize(BoardLayout.FIRST_DONE_CARDS);
        assertThat(count(browser, "Done")).isEqualTo("13");
        String hiddenMine = cards.get("spare12").key();
        assertThat(browser.findElements(By.cssSelector(".board-card[data-key='" + hiddenMine + "']"))).isEmpty();
        screenshot(browser, "board-10-long-columns-first-cards");

        browser.findElement(By.cssSelector(".board-cell[data-status='Backlog'] .board-more")).click();
        wait(browser, LIVE).until(b -> b.findElements(By.cssSelector(backlog)).size() == inBacklog);
        assertThat(browser.findElements(By.cssSelector(".board-cell[data-status='Backlog'] .board-more"))).isEmpty();
        moveTo("spare45", "To do");
        wait(browser, LIVE).until(b -> b.findElements(By.cssSelector(backlog)).size() == inBacklog - 1);
        assertThat(browser.findElements(By.cssSelector(done))).hasSize(BoardLayout.FIRST_DONE_CARDS);

        browser.findElement(By.cssSelector("button[data-filter='mine']")).click();
        wait(browser, LIVE).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".board-card[data-key='" + hiddenMine + "']")));
        assertThat(attributes(browser, ".board-card:not([hidden])", "data-assignee")).containsOnly(engineer);
        screenshot(browser, "board-11-filter-sees-cards-not-shown-before");
    }

    /** The two tracks are one set of items: finishing a card on the board fills its epic's bar on an open Gantt. */
    @Test
    void aCardFinishedOnTheBoardMovesTheEpicsProgressOnTheGanttOpenElsewhere() throws IOException {
        ChromeDriver engineering = signedIn("admin", ADMIN_PASSWORD);
        ChromeDriver project = signedIn("admin", ADMIN_PASSWORD);
        openBoard(engineering);
        project.get("http://localhost:" + port + "/projects/" + key + "/gantt");
        wait(project, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("gantt-live")).isDisplayed());
        String epic = cards.get("cardsEpic").key();
        By epicProgress = By.cssSelector("g.task[data-key='" + epic + "'] rect.summary-progress");
        wait(project, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("g.task[data-key='" + epic + "']")));
        assertThat(project.findElements(epicProgress)).as("nothing under the epic is done yet").isEmpty();

        drag(engineering, cards.get("tokenise").key(), "Done");
        waitUntilIn(engineering, cards.get("tokenise").key(), "Done", LIVE);

        wait(project, LIVE).until(ExpectedConditions.presenceOfElementLocated(epicProgress));
        screenshot(project, "two-tracks-gantt-progress");
    }

    private ChromeDriver signedIn(String username, String password) throws IOException {
        Path profile = Files.createTempDirectory("tandem-chromium");
        profiles.add(profile);
        ChromeDriver browser = Chromium.start(profile, 1440, 1000);
        browsers.add(browser);
        browser.get("http://localhost:" + port + "/signin");
        wait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.id("username")))
                .sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
        wait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.titleContains("Projects"));
        return browser;
    }

    /** Opens the board and waits until its live stream is connected, so no later change can be missed. */
    private void openBoard(ChromeDriver browser) {
        browser.get("http://localhost:" + port + "/projects/" + key + "/board");
        wait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(By.id("board-live"),
                "data-state", "on"));
    }

    private void drag(ChromeDriver browser, String itemKey, String status) throws IOException {
        drag(browser, itemKey, status, null);
    }

    private void drag(ChromeDriver browser, String itemKey, String status, String screenshotWhileDragging)
            throws IOException {
        WebElement source = card(browser, itemKey).findElement(By.cssSelector(".card-top .key"));
        WebElement head = browser.findElement(By.cssSelector(".board-col-head[data-status='" + status + "']"));
        // from the column's heading down into the top of its cell: the cell may reach below the window
        new Actions(browser).moveToElement(source).clickAndHold().moveByOffset(12, 12)
                .moveToElement(head).moveByOffset(0, head.getSize().getHeight() / 2 + 30)
                .moveByOffset(0, 4).perform();
        if (screenshotWhileDragging != null) {
            screenshot(browser, screenshotWhileDragging);
        }
        new Actions(browser).release().perform();
    }

    private static WebElement card(WebDriver browser, String itemKey) {
        return browser.findElement(By.cssSelector(".board-card[data-key='" + itemKey + "']"));
    }

    private static void waitUntilIn(WebDriver browser, String itemKey, String status, Duration atMost) {
        wait(browser, atMost).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#board .board-cell[data-status='" + status + "'] .board-card[data-key='" + itemKey
                        + "']:not(.is-saving)")));
    }

    private static String count(WebDriver browser, String status) {
        return text(browser, ".board-col-head[data-status='" + status + "'] .col-count");
    }

    /** Waits ignoring elements replaced meanwhile: the page swaps the board in whenever anyone changes it. */
    private static FluentWait<WebDriver> wait(WebDriver browser, Duration atMost) {
        return new WebDriverWait(browser, atMost).ignoring(StaleElementReferenceException.class);
    }

    /** Reads from the board, again if it was swapped while being read. */
    private static <T> T eventually(WebDriver browser, Function<WebDriver, T> read) {
        return wait(browser, LIVE).until(read::apply);
    }

    private static String text(WebDriver browser, String css) {
        return eventually(browser, d -> d.findElement(By.cssSelector(css)).getText());
    }

    private static List<String> texts(WebDriver browser, String css) {
        return eventually(browser, d -> d.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList());
    }

    private static List<String> attributes(WebDriver browser, String css, String attribute) {
        return eventually(browser, d -> d.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getAttribute(attribute)).toList());
    }

    private static void screenshot(WebDriver browser, String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private String person(String name) {
        String username = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 4);
        identity.create(admin, new PersonDraft(username, name, username + "@example.com", PASSWORD, "en", null,
                null, null, null));
        return username;
    }

    private ItemView add(String name, String type, String title, String parent, String assignee, String points,
                         String hours, Set<String> labels) {
        ItemView item = items.create(admin, key, new ItemFields(type, title, null, null, null, null,
                "bug".equals(type) ? "highest" : "story".equals(type) ? "high" : "medium", assignee, parent, labels,
                points == null ? null : new BigDecimal(points), hours == null ? null : new BigDecimal(hours), null,
                null, null, null, null, null, null));
        cards.put(name, item);
        return item;
    }

    private void moveTo(String name, String status) {
        ItemView item = items.get(admin, cards.get(name).key());
        items.move(admin, item.key(), status, null, null, item.version());
    }
}
