package dev.tandem.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The living style guide shows every colour token and the shared components, to administrators only. */
@TandemIntegrationTest
class StyleGuideIntegrationTests {

    private static final String ADMIN_PASSWORD = "test-admin-password-0";
    private static final Pattern COLOUR_TOKEN = Pattern.compile("--([a-z0-9-]+):\\s*(?:#|light-dark)");

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Test
    void everyColourTokenOfTheStylesheetHasASwatchAndEveryComponentIsDrawn() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/static/css/tandem.css"));
        String root = css.substring(css.indexOf(":root {"), css.indexOf('}', css.indexOf(":root {")));
        var browser = PageSession.signedIn(port, "admin", ADMIN_PASSWORD);

        var page = browser.get("/styleguide", "Accept-Language", "en");

        assertThat(page.status()).isEqualTo(200);
        Matcher token = COLOUR_TOKEN.matcher(root);
        int tokens = 0;
        while (token.find()) {
            tokens++;
            assertThat(page.body()).as("a swatch for --" + token.group(1)).contains("swatch-" + token.group(1));
            assertThat(css).as("the swatch class for --" + token.group(1))
                    .contains(".swatch-" + token.group(1) + " { background: var(--" + token.group(1) + "); }");
        }
        assertThat(tokens).isGreaterThan(20);
        assertThat(page.body()).contains("class=\"secondary\"", "class=\"danger\"", "disabled=\"disabled\"",
                "class=\"badge blocked\"", "class=\"alert error\"", "<td class=\"key\">PAY-12</td>", "class=\"avatar",
                "class=\"empty-state\"", "data-date=\"date\"", "<textarea");
    }

    @Test
    void theStyleGuideSpeaksChinese() {
        Person boss = api.newPerson("ADMIN");
        var browser = PageSession.signedIn(port, boss.username(), boss.password());
        browser.get("/styleguide");
        browser.post("/locale", java.util.Map.of("lang", "zh-CN"));

        String body = browser.get("/styleguide").body();

        assertThat(body).contains("样式指南", "一起规划这次发布");
    }

    @Test
    void onlyAdministratorsSeeTheStyleGuide() {
        Person eve = api.newPerson();
        var browser = PageSession.signedIn(port, eve.username(), eve.password());

        var page = browser.get("/styleguide", "Accept-Language", "en");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("swatch-");
    }
}
