package dev.tandem.bench.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person waits for in the browser: Debian's headless Chromium opens each main page of the demo project on a
 * Tandem running on loopback, first in a fresh profile (nothing cached: the first visit) and then again and again
 * (warm), and reads the page's own navigation timing: time to first byte, first contentful paint, DOM content
 * loaded and load, all from the start of the navigation, and the bytes the first visit's page itself took on the
 * wire (compressed). Usage: PageTimings http://127.0.0.1:PORT (admin's password
 * in TANDEM_ADMIN_PASSWORD; the demo organisation must be loaded).
 */
public final class PageTimings {

    private static final int WARM_VISITS = 10;
    private static final List<String> PAGES = List.of("/", "/projects/PAY", "/projects/PAY/board",
            "/projects/PAY/backlog", "/projects/PAY/gantt", "/projects/PAY/items/PAY-12", "/projects/PAY/sync",
            "/projects/PAY/sprints");
    private static final String TIMING = """
            const n = performance.getEntriesByType('navigation')[0];
            const paint = performance.getEntriesByName('first-contentful-paint')[0];
            return {ttfb: n.responseStart, fcp: paint ? paint.startTime : -1, dcl: n.domContentLoadedEventEnd,
                load: n.loadEventEnd, bytes: n.transferSize};
            """;

    private PageTimings() {
    }

    public static void main(String[] args) throws IOException {
        // Selenium warns on every start that it has no DevTools binding for this Chromium: none is used here
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        String base = args[0];
        String password = System.getenv("TANDEM_ADMIN_PASSWORD");
        System.out.printf("Page timings of the demo project, ms from navigation start (Chromium headless, %d warm"
                + " visits after the first; median and worst of the warm ones)%n", WARM_VISITS);
        System.out.printf("%-30s %8s %8s %8s %8s | %8s %8s %8s %8s %8s %9s%n", "page", "1st:ttfb", "1st:fcp",
                "1st:dcl", "1st:load", "ttfb", "fcp", "dcl", "load", "load max", "page KB");
        for (String page : PAGES) {
            // every page starts in a new profile, so its first visit loads the shared assets too
            Path profile = Files.createTempDirectory("tandem-bench-chromium");
            ChromeDriver browser = start(profile);
            try {
                signIn(browser, base, password);
                Map<String, Number> first = visit(browser, base + page);
                List<Map<String, Number>> warm = new ArrayList<>();
                for (int i = 0; i < WARM_VISITS; i++) {
                    warm.add(visit(browser, base + page));
                }
                System.out.printf("%-30s %8.0f %8.0f %8.0f %8.0f | %8.0f %8.0f %8.0f %8.0f %8.0f %9.1f%n", page,
                        value(first, "ttfb"), value(first, "fcp"), value(first, "dcl"), value(first, "load"),
                        median(warm, "ttfb"), median(warm, "fcp"), median(warm, "dcl"), median(warm, "load"),
                        warm.stream().mapToDouble(t -> value(t, "load")).max().orElse(0),
                        value(first, "bytes") / 1024);
            } finally {
                browser.quit();
                try (var files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    private static ChromeDriver start(Path profile) {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1440,900", "--lang=en-US", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Signs in on the sign-in page only, so the pages measured are visited for the first time afterwards. */
    private static void signIn(ChromeDriver browser, String base, String password) {
        browser.get(base + "/signin");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form[action='/signin'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(base + "/"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Number> visit(ChromeDriver browser, String url) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> ((Number) browser.executeScript(
                "const n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd : 0;"))
                .doubleValue() > 0);
        // a page that draws after its load event (the Gantt fetches its schedule) paints later: wait for that paint
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(browser.executeScript(
                    "return performance.getEntriesByName('first-contentful-paint').length > 0")));
        } catch (org.openqa.selenium.TimeoutException noPaint) {
            // reported as -1: Chromium recorded no contentful paint within five seconds
        }
        return (Map<String, Number>) browser.executeScript(TIMING);
    }

    private static double value(Map<String, Number> timing, String name) {
        return timing.get(name).doubleValue();
    }

    private static double median(List<Map<String, Number>> timings, String name) {
        double[] values = timings.stream().mapToDouble(t -> value(t, name)).sorted().toArray();
        return values[values.length / 2];
    }
}
