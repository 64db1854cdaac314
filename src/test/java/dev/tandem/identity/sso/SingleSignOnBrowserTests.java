package dev.tandem.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Chromium;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Debian's headless Chromium signs in through the provider's own sign-in page, and out of both again. */
class SingleSignOnBrowserTests extends SingleSignOnTestContext {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signInThroughTheProviderAndSignOutOfBoth() throws Exception {
        OidcTestProvider.tandemBase = "http://127.0.0.1:" + port;
        String email = "erin-" + UUID.randomUUID() + "@example.test";
        OidcTestProvider.CLAIMS.put("erin", Map.of("email", email, "email_verified", true,
                "groups", List.of("tandem-admins")));

        try (var session = Chromium.session(1280, 900)) {
            var browser = session.driver();
            var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get("http://127.0.0.1:" + port + "/signin");
            assertThat(browser.findElements(By.id("password"))).isEmpty();
            browser.findElement(By.id("sso")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("erin");
            browser.findElement(By.id("password")).sendKeys(OidcTestProvider.PASSWORD);
            browser.findElement(By.cssSelector("button[type=submit]")).click();

            wait.until(ExpectedConditions.urlToBe("http://127.0.0.1:" + port + "/"));
            assertThat(jdbc.queryForObject("select org_role from person where email = ?", String.class, email))
                    .isEqualTo("ADMIN");

            browser.findElement(By.cssSelector("form[action='/signout'] button")).click();
            wait.until(ExpectedConditions.urlToBe("http://127.0.0.1:" + port + "/signin?signedout"));
            assertThat(browser.findElement(By.cssSelector(".alert.success")).getText()).isEqualTo("You have signed out.");

            // signed out at the provider too: the button leads to its sign-in form again
            browser.findElement(By.id("sso")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            assertThat(browser.getCurrentUrl()).startsWith(OidcTestProvider.issuer() + "/login");
        }
    }
}
