package dev.tandem.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * Debian's headless Chromium driven by Debian's chromedriver; nothing is downloaded, and the background-networking
 * flags keep the browser from calling out of this machine.
 */
public final class Chromium {

    private Chromium() {
    }

    /** A browser with a profile directory of its own, which {@link #close} quits and removes. */
    public record Session(ChromeDriver driver, Path profile) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /**
     * Whether the page that held {@code element} has been replaced. Like Selenium's {@code stalenessOf}, but Chromium
     * sometimes answers for an element of a page being replaced with "does not belong to the document" instead of a
     * stale element: that counts as replaced too.
     */
    public static ExpectedCondition<Boolean> replaced(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /** A fresh browser in a new temporary profile, of the given width and height. */
    public static Session session(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("tandem-chromium");
        return new Session(start(profile, width, height), profile);
    }

    /** A fresh browser with its own profile directory, in English, of the given width and height. */
    public static ChromeDriver start(Path profile, int width, int height) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--lang=en-US", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
