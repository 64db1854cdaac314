package dev.tandem.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The frame around every page over real HTTP: the project sidebar. */
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
}
