package dev.tandem.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The frame around every page over real HTTP: the project sidebar, the favicon and states that must not mislead. */
@TandemIntegrationTest
class ShellPagesIntegrationTests {

    private static final String ADMIN_PASSWORD = "test-admin-password-0";

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Test
    void aProjectPageHasTheSidebarInGroupsWithItsOwnEntryMarked() {
        String key = api.newProject(api.adminToken());
        var browser = PageSession.signedIn(port, "admin", ADMIN_PASSWORD);

        String body = browser.get("/projects/" + key + "/risks", "Accept-Language", "en").body();

        assertThat(body).contains("id=\"project-nav\"", ">Plan<", ">Build<", ">Know<", ">Settings<",
                "href=\"/projects/" + key + "/review-board\"", "href=\"/projects/" + key + "/board?settings=\"");
        assertThat(Pattern.compile("<a href=\"/projects/" + key + "/risks\" aria-current=\"page\">Risks</a>")
                .matcher(body).find()).as("the risks entry is marked as the current page").isTrue();
        assertThat(body).as("the switcher lists the project").contains("<a href=\"/projects/" + key + "\"");
        assertThat(body).doesNotContain("class=\"tabs\"");
        assertThat(browser.get("/", "Accept-Language", "en").body()).doesNotContain("id=\"project-nav\"");
    }

    @Test
    void boardSettingsFromTheSidebarOpenTheSettingsPanel() {
        String key = api.newProject(api.adminToken());
        var browser = PageSession.signedIn(port, "admin", ADMIN_PASSWORD);

        String body = browser.get("/projects/" + key + "/board?settings=", "Accept-Language", "en").body();

        assertThat(body).contains("<details class=\"board-settings\" open=\"open\">");
        assertThat(Pattern.compile("<a href=\"/projects/" + key + "/board\\?settings=\"\\s+aria-current=\"page\">")
                .matcher(body).find()).as("the board settings entry is marked as the current page").isTrue();
    }

    @Test
    void signingInAfterOpeningLoginLandsOnTheProjects() {
        var browser = new PageSession(port);
        var login = browser.get("/login");
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).endsWith("/signin");

        var signedIn = browser.signIn("admin", ADMIN_PASSWORD);
        var landing = browser.get(signedIn.location().replaceFirst("^https?://[^/]+", ""), "Accept-Language", "en");
        if (landing.status() == 302) {
            landing = browser.get(landing.location().replaceFirst("^https?://[^/]+", ""), "Accept-Language", "en");
        }

        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.body()).contains("<h1>Projects</h1>");
    }

    @Test
    void anAdministratorIsNotShownAsReadOnlyButThePmoIs() {
        api.newProject(api.adminToken());
        var admin = api.newPerson("ADMIN");
        var pmo = api.newPerson("PMO");

        String adminsList = PageSession.signedIn(port, admin.username(), admin.password())
                .get("/", "Accept-Language", "en").body();
        String pmosList = PageSession.signedIn(port, pmo.username(), pmo.password())
                .get("/", "Accept-Language", "en").body();

        assertThat(adminsList).doesNotContain("Oversight (read-only)").contains(">Administrator<");
        assertThat(pmosList).contains("Oversight (read-only)");
    }

    @Test
    void everyPageLinksTheFaviconAndAnyoneMayFetchIt() {
        var anonymous = new PageSession(port);

        var link = java.util.regex.Pattern.compile("<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"(/favicon[^\"]*\\.svg)\"")
                .matcher(anonymous.get("/signin").body());
        assertThat(link.find()).isTrue();
        var icon = anonymous.get(link.group(1));
        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.body()).startsWith("<svg");
    }

    @Test
    void theStandUpSaysSinceWhenWithOneDate() {
        String key = api.newProject(api.adminToken());
        var browser = PageSession.signedIn(port, "admin", ADMIN_PASSWORD);

        String body = browser.get("/projects/" + key + "/standup?date=2025-06-11", "Accept-Language", "en").body();

        assertThat(body).doesNotContain("yesterday").contains("Done since 2025-06-10");
    }
}
