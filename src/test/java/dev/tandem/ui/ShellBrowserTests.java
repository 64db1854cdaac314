package dev.tandem.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.change.ChangeState;
import dev.tandem.change.VoteDecision;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.interchange.InterchangeManagement;
import dev.tandem.knowledge.KnowledgeManagement;
import dev.tandem.meeting.MeetingFields;
import dev.tandem.meeting.MeetingManagement;
import dev.tandem.planning.AdrStatus;
import dev.tandem.register.DebtSeverity;
import dev.tandem.register.DebtStatus;
import dev.tandem.register.RiskCategory;
import dev.tandem.register.RiskStatus;
import dev.tandem.portfolio.PortfolioManagement;
import dev.tandem.portfolio.ProjectRole;
import dev.tandem.shared.Actor;
import dev.tandem.support.Chromium;
import dev.tandem.workitem.Priority;
import dev.tandem.sprint.SprintState;
import dev.tandem.workitem.StatusCategory;
import dev.tandem.workitem.WorkItemType;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo organisation's main pages on a laptop (1440×900) and a phone (390×844), in English and Chinese: nothing
 * sticks out of the screen sideways except inside a container that scrolls, and no item key, date or username is
 * broken over two lines. A screenshot of every page in both sizes and languages goes to target/screenshots. The pages
 * include the item page and a wiki page with their related lists, a PMO alignment meeting's agenda, an import job, a
 * board whose cell holds more cards than it shows at first, and the notification settings with the daily digest.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"tandem.demo=true",
        "spring.datasource.url=jdbc:h2:mem:tandem-shell;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class ShellBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final List<String> PAGES = List.of("", "/projects/PAY", "/projects/PAY/gantt", "/projects/PAY/board",
            "/projects/PAY/backlog", "/projects/PAY/sprints", "/projects/PAY/risks", "/projects/PAY/changes",
            "/projects/PAY/sync", "/projects/PAY/members", "/projects/PAY/charter", "/projects/PAY/slip", "/slip", "/account", "/styleguide",
            "/projects/PAY/wiki", "/projects/PAY/meetings", "/projects/PAY/retrospectives", "/projects/PAY/process",
            "/search?q=ledger", "/items/PAY-12", "/account/notifications");

    /**
     * Elements that stick out on the right, unless an ancestor scrolls or clips them; and elements whose whole text is
     * an item key, an ISO date or marked as a person's name, and keys and dates inside short labels such as
     * "due 2026-11-27", when they run over more than one line. (Inside longer sentences they may still wrap.)
     */
    private static final String LAYOUT_PROBLEMS = """
            const width = window.innerWidth;
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                + ' "' + (e.textContent || '').trim().slice(0, 40) + '"';
            const contained = e => {
              for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) return true;
              }
              return false;
            };
            const overflowing = [];
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              if (r.width > 0 && r.right > width + 0.5 && !contained(e)) overflowing.push(describe(e));
            }
            const oneLine = /^([0-9]{4}-[0-9]{2}-[0-9]{2}|[A-Z][A-Z0-9]*-[0-9]+)$/;
            const wrapped = [];
            for (const e of document.body.querySelectorAll('td, th, span, a, time, dd, .person')) {
              const text = (e.textContent || '').trim();
              if (!(oneLine.test(text) || e.classList.contains('person')) || e.getBoundingClientRect().width === 0) continue;
              const range = document.createRange();
              range.selectNodeContents(e);
              const rects = [...range.getClientRects()].filter(r => r.width > 0);
              if (rects.some(r => r.top >= rects[0].bottom - 1)) wrapped.push(describe(e));
            }
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.parentElement.textContent.trim().length > 30) continue;
              for (const match of node.textContent.matchAll(/[0-9]{4}-[0-9]{2}-[0-9]{2}|[A-Z][A-Z0-9]*-[0-9]+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const rects = [...range.getClientRects()].filter(r => r.width > 0);
                if (rects.some(r => r.top >= rects[0].bottom - 1)) {
                  wrapped.push(describe(node.parentElement) + ' at "' + match[0] + '"');
                }
              }
            }
            return {scrollWidth: document.documentElement.scrollWidth, innerWidth: width,
                overflowing: overflowing.slice(0, 8), wrapped: wrapped.slice(0, 12)};
            """;

    @LocalServerPort
    int port;

    @Autowired
    IdentityManagement identity;
    @Autowired
    PortfolioManagement portfolio;
    @Autowired
    KnowledgeManagement knowledge;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    InterchangeManagement interchange;

    Chromium.Session session;
    ChromeDriver browser;

    @BeforeEach
    void startChromium() throws IOException {
        session = Chromium.session(1440, 900);
        browser = session.driver();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopChromium() throws IOException {
        session.close();
    }

    @Test
    void everyMainPageFitsTheLaptopAndThePhoneInBothLanguages() throws IOException {
        List<String> pages = new java.util.ArrayList<>(PAGES);
        pages.addAll(pagesWithIds());
        signIn();
        var layout = new SoftAssertions();
        for (String language : List.of("en", "zh-CN")) {
            open("/");
            WebElement before = browser.findElement(By.tagName("html"));
            browser.findElement(By.cssSelector(".lang-switch button[value='" + language + "']")).click();
            var wait = new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class);
            wait.until(Chromium.replaced(before));
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
            for (int[] size : List.of(new int[] {1440, 900}, new int[] {390, 844})) {
                browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size[0],
                        "height", size[1], "deviceScaleFactor", 1, "mobile", false));
                for (String page : pages) {
                    check(page, language, size[0], layout);
                }
            }
        }
        layout.assertAll();
    }

    /**
     * Pages reached by an id: a wiki page with its related pages, a PMO alignment meeting with its agenda across the
     * portfolio, and an import job with the board it filled (a project of its own, so the demo's projects stay as
     * they are).
     */
    private List<String> pagesWithIds() {
        PersonSummary person = identity.get("admin");
        Actor admin = new Actor(person.id(), person.username(), person.orgRole());
        long wikiPage = knowledge.projectSpace(admin, "PAY").pages().getFirst().id();
        long meeting = meetings.schedule(admin, "PAY", new MeetingFields("pmo_alignment", "Portfolio alignment",
                LocalDateTime.of(2027, 1, 4, 10, 0), "Asia/Shanghai", 60, null, List.of(), List.of())).id();
        String key = "SHI" + UUID.randomUUID().toString().replace("-", "").substring(0, 4).toUpperCase();
        portfolio.createProject(admin, key, "Import " + key, null, null, LocalDate.of(2027, 1, 4));
        // more cards than a board cell shows at first, so its "Show more" is on the page
        StringBuilder csv = new StringBuilder("Title,Type\n");
        for (int row = 1; row <= 35; row++) {
            csv.append("Imported item with a title long enough to wrap on a phone ").append(row).append(",task\n");
        }
        var job = interchange.importCsv(admin, key, csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                false, Map.of()).job();
        return List.of("/wiki/pages/" + wikiPage, "/projects/PAY/meetings/" + meeting,
                "/projects/" + key + "/imports/jobs/" + job.id(), "/projects/" + key + "/board");
    }

    @Test
    void tableCellsShowADashWhenEmptyEndLongTitlesInAnEllipsisAndAlignNumbersRight() {
        signIn();
        open("/projects/PAY/items");
        WebElement emptyDate = browser.findElement(By.cssSelector("#results td.date:empty"));
        assertThat(browser.executeScript("return getComputedStyle(arguments[0], '::before').content", emptyDate))
                .isEqualTo("\"—\"");
        WebElement title = browser.findElement(By.cssSelector("#results td.title"));
        assertThat(title.getAttribute("title")).isEqualTo(title.findElement(By.tagName("a")).getText());
        assertThat(title.getCssValue("text-overflow")).isEqualTo("ellipsis");
        assertThat(title.getCssValue("white-space")).isEqualTo("nowrap");

        open("/projects/PAY/sprints");
        assertThat(browser.findElement(By.cssSelector("main td.num")).getCssValue("text-align"))
                .isEqualTo("right");
    }

    @Test
    void theDarkThemeFollowsTheSystemSetting() throws IOException {
        signIn();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        for (String page : List.of("/projects/PAY", "/projects/PAY/board", "/projects/PAY/gantt", "/projects/PAY/risks")) {
            open(page);
            assertThat(brightness(browser.findElement(By.tagName("html")).getCssValue("background-color")))
                    .as(page + ": a dark page").isLessThan(60);
            assertThat(brightness(browser.findElement(By.tagName("h1")).getCssValue("color")))
                    .as(page + ": light headings").isGreaterThan(180);
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve("shell-" + page.substring(page.lastIndexOf('/') + 1)
                    + "-dark-1440.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The mean of the red, green and blue of a CSS colour as the browser reports it, "rgba(r, g, b, a)". */
    private static double brightness(String cssColour) {
        String[] parts = cssColour.replaceAll("[^0-9,.]", "").split(",");
        return (Double.parseDouble(parts[0]) + Double.parseDouble(parts[1]) + Double.parseDouble(parts[2])) / 3;
    }

    @Test
    void theSidebarCollapsesRemembersThatAndOpensFromTheMenuOnAPhone() {
        signIn();
        open("/projects/PAY/board");
        WebElement toggle = browser.findElement(By.cssSelector(".sidebar-toggle"));
        assertThat(browser.findElement(By.id("project-nav")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("#project-nav a[aria-current='page']")).getText()).isEqualTo("Board");

        toggle.click();
        assertThat(browser.findElement(By.id("project-nav")).isDisplayed()).isFalse();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        open("/projects/PAY/risks");
        assertThat(browser.findElement(By.id("project-nav")).isDisplayed()).as("collapsed after a reload").isFalse();
        browser.findElement(By.cssSelector(".sidebar-toggle")).click();
        assertThat(browser.findElement(By.id("project-nav")).isDisplayed()).isTrue();

        browser.findElement(By.cssSelector(".project-switch > summary")).click();
        browser.findElement(By.cssSelector(".project-switch a[href='/projects/MOB']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/projects/MOB"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mobile wallet app");

        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", false));
        open("/projects/PAY");
        toggle = browser.findElement(By.cssSelector(".sidebar-toggle"));
        assertThat(browser.findElement(By.id("project-nav")).isDisplayed()).isFalse();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        new Actions(browser).moveToLocation(360, 420).click().perform();
        assertThat(browser.findElement(By.id("project-nav")).isDisplayed()).as("closed by a tap beside it").isFalse();
        toggle.click();
        browser.findElement(By.cssSelector("#project-nav a[href='/projects/PAY/risks']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/risks"));
    }

    @Test
    void aBaselineThatMayNotBeCapturedYetLooksDisabledAndSaysWhyBesideTheButton() {
        PersonSummary person = identity.get("admin");
        String key = "SHL" + UUID.randomUUID().toString().replace("-", "").substring(0, 4).toUpperCase();
        portfolio.createProject(new Actor(person.id(), person.username(), person.orgRole()), key, "Shell " + key, null,
                null, LocalDate.of(2027, 1, 4));
        signIn();
        open("/projects/" + key + "/charter");

        WebElement capture = browser.findElement(By.cssSelector(".baseline-action button"));
        WebElement why = browser.findElement(By.id("baseline-why"));
        assertThat(capture.isEnabled()).isFalse();
        assertThat(capture.getCssValue("cursor")).isEqualTo("not-allowed");
        assertThat(capture.getCssValue("background-color")).as("not the blue of a button one may press")
                .isNotEqualTo("rgba(47, 91, 211, 1)");
        assertThat(why.isDisplayed()).isTrue();
        assertThat(why.findElement(By.xpath("..")).getTagName()).as("the reason is in the button's form").isEqualTo("form");
    }

    @Test
    void theThemeSwitchPicksLightOrDarkAndTheBrowserKeepsThePick() throws IOException {
        signIn();
        open("/styleguide");
        String systemBackground = background();

        theme().click();
        theme().click();
        open("/styleguide");
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve("shell-styleguide-dark.png"), StandardCopyOption.REPLACE_EXISTING);
        String darkAfterReload = background();
        String darkLabel = theme().getText();
        theme().click();

        assertThat(systemBackground).as("the headless browser's system theme is light").isEqualTo("rgb(245, 246, 248)");
        assertThat(darkAfterReload).as("dark, kept over a reload").isEqualTo("rgb(15, 20, 32)");
        assertThat(darkLabel).isEqualTo("Theme: dark");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("data-theme")).as("back to the system's")
                .isNull();
        assertThat(background()).isEqualTo(systemBackground);
    }

    private WebElement theme() {
        return browser.findElement(By.cssSelector("button.theme-switch"));
    }

    private String background() {
        return (String) browser.executeScript("return getComputedStyle(document.documentElement).backgroundColor");
    }

    private void check(String path, String language, int width, SoftAssertions layout) throws IOException {
        open(path.isEmpty() ? "/" : path);
        String name = path.isEmpty() ? "projects" : path.equals("/projects/PAY") ? "overview"
                : path.equals("/slip") ? "slip-across-projects" : path.startsWith("/search") ? "search"
                : path.startsWith("/wiki/pages/") ? "wiki-page" : path.contains("/meetings/") ? "meeting-pmo"
                : path.contains("/imports/jobs/") ? "import-job" : path.startsWith("/items/") ? "item"
                : path.matches("/projects/SHI.*/board") ? "board-long-cells"
                : path.substring(path.lastIndexOf('/') + 1);
        String where = name + " in " + language + " at " + width + " px";
        @SuppressWarnings("unchecked")
        var problems = (Map<String, Object>) browser.executeScript(LAYOUT_PROBLEMS);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve("shell-" + name + "-" + language + "-" + width + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        layout.assertThat((Long) problems.get("scrollWidth"))
                .as(where + ": page width; past the edge: " + problems.get("overflowing"))
                .isLessThanOrEqualTo((Long) problems.get("innerWidth"));
        layout.assertThat((List<?>) problems.get("overflowing")).as(where + ": elements past the right edge").isEmpty();
        layout.assertThat((List<?>) problems.get("wrapped")).as(where + ": keys, dates and names broken over lines").isEmpty();
        if (width > 1000) {
            // the text as written, not as styled: table headings are upper-cased by the stylesheet
            String text = (String) browser.executeScript("const b = document.body.cloneNode(true);"
                    + " b.querySelectorAll('script, style, template').forEach(e => e.remove()); return b.textContent");
            layout.assertThat(CODES.stream().filter(code -> code.matcher(text).find()).map(Pattern::pattern).toList())
                    .as(where + ": enum codes and audit actions shown as they are instead of in words").isEmpty();
        }
    }

    /**
     * Codes that must never reach a page's text: the constants of the enums pages show in words, and the audit's
     * action codes (kept in a tooltip). The link types (FS, SS, FF, SF) and organisation roles (PMO) are words users
     * know as they are.
     */
    private static final List<Pattern> CODES = codes();

    private static List<Pattern> codes() {
        List<String> codes = new java.util.ArrayList<>();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(StatusCategory.class, SprintState.class,
                ChangeState.class, VoteDecision.class, RiskStatus.class, RiskCategory.class, DebtStatus.class,
                DebtSeverity.class, AdrStatus.class, Priority.class, WorkItemType.class, ProjectRole.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().length() > 2) {
                    codes.add(constant.name());
                }
            }
        }
        try (var bundle = ShellBrowserTests.class.getResourceAsStream("/messages.properties")) {
            var english = new java.util.Properties();
            english.load(new java.io.InputStreamReader(bundle, java.nio.charset.StandardCharsets.UTF_8));
            english.stringPropertyNames().stream().filter(k -> k.startsWith("audit.action."))
                    .map(k -> k.substring("audit.action.".length())).forEach(codes::add);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return codes.stream().map(c -> Pattern.compile("(?<![\\w.-])" + Pattern.quote(c) + "(?![\\w-])")).toList();
    }

    private void signIn() {
        open("/signin");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("test-admin-password-0");
        browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.titleContains("Projects"));
    }

    /** Opens a page; the Gantt draws its schedule after loading, so its bars are waited for. */
    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        // measure the page asked for once it has loaded, never the one before it (a layout check once reported the
        // previous page's table under the projects page's name); pages that redirect pass after the wait
        String pathOnly = path.isEmpty() ? "/" : path.replaceFirst("\\?.*", "");
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(browser.executeScript(
                    "return document.readyState === 'complete' && location.pathname === arguments[0]", pathOnly)));
        } catch (org.openqa.selenium.TimeoutException redirected) {
            // the page moved on to another address by itself: what it shows is what is measured
        }
        if (path.endsWith("/gantt")) {
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("g.task")));
        }
    }
}
