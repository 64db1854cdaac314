package dev.tandem.knowledge;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The wiki's pages in both languages: space, new page from a template, editor, stale save, history and diff. */
@TandemIntegrationTest
class KnowledgePagesIntegrationTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void aPageIsWrittenFromATemplateSavedAndComparedAndAStaleSaveShowsWhatChanged() {
        var p = api.projectWithItem();
        Person engineer = api.newPerson();
        api.addMember(p.project(), engineer.username(), "ENGINEER");
        PageSession browser = PageSession.signedIn(port, engineer.username(), engineer.password());

        var space = browser.get("/projects/" + p.project() + "/wiki", "Accept-Language", "en");
        long spaceId = api.get(engineer.token(), "/api/v1/projects/" + p.project() + "/wiki").number("id");
        var editor = browser.get("/wiki/spaces/" + spaceId + "/new?template=runbook&title=Deploy");
        var created = browser.post("/wiki/spaces/" + spaceId + "/pages", Map.of("title", "Deploy",
                "body", "# Deploy\n\n<script>alert(1)</script>\n\nStep for " + p.item() + " and [[Rollback]]"));
        long pageId = Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
        var view = browser.get("/wiki/pages/" + pageId);
        long version = api.get(engineer.token(), "/api/v1/wiki/pages/" + pageId).number("version");
        var saved = browser.post("/wiki/pages/" + pageId, Map.of("title", "Deploy", "body", "# Deploy\n\nStep two",
                "changeNote", "Shorter", "version", String.valueOf(version)));
        var stale = browser.post("/wiki/pages/" + pageId, Map.of("title", "Deploy", "body", "# Deploy\n\nMy step",
                "version", String.valueOf(version)));
        var history = browser.get("/wiki/pages/" + pageId + "/history");
        var side = browser.get("/wiki/pages/" + pageId + "/diff?from=1&to=2");
        var inline = browser.get("/wiki/pages/" + pageId + "/diff?from=1&to=2&view=inline");

        assertThat(space.status()).isEqualTo(200);
        assertThat(space.body()).contains("id=\"wiki-heading\"", "Wiki of", "aria-current=\"page\"", "Post-mortem");
        assertThat(editor.body()).contains("# Runbook:", "value=\"Deploy\"");
        assertThat(created.status()).isEqualTo(302);
        assertThat(view.body()).contains("href=\"/items/" + p.item() + "\"", "wiki-missing")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("id=\"wiki-conflict\"", "My step", "Step two", "diff-");
        assertThat(api.get(engineer.token(), "/api/v1/wiki/pages/" + pageId).text("body")).isEqualTo("# Deploy\n\nStep two");
        assertThat(history.body()).contains("Shorter", "id=\"wiki-revisions\"");
        assertThat(side.body()).contains("id=\"wiki-diff\"", "diff-removed", "Step two");
        assertThat(inline.body()).contains("id=\"wiki-diff-inline\"", "diff-added");
        long current = api.get(engineer.token(), "/api/v1/wiki/pages/" + pageId).number("version");
        var restored = browser.post("/wiki/pages/" + pageId + "/revisions/1/restore", Map.of("version", String.valueOf(current)));
        assertThat(restored.status()).isEqualTo(302);
        assertThat(api.get(engineer.token(), "/api/v1/wiki/pages/" + pageId).number("revision")).isEqualTo(3);
    }

    @Test
    void theSpaceAndEditorSpeakChineseAndTheTemplateIsChinese() {
        var p = api.projectWithItem();
        PageSession browser = PageSession.signedIn(port, p.pm().username(), p.pm().password());
        browser.post("/locale", Map.of("lang", "zh-CN"), "Referer", browser.base() + "/");
        long spaceId = api.get(p.pm().token(), "/api/v1/projects/" + p.project() + "/wiki").number("id");

        var space = browser.get("/projects/" + p.project() + "/wiki");
        var editor = browser.get("/wiki/spaces/" + spaceId + "/new?template=adr");
        var spaces = browser.get("/wiki");

        assertThat(space.body()).contains("的知识库", "从模板开始".substring(0, 2), "复盘", "新建页面");
        assertThat(editor.body()).contains("# 架构决策记录", "预览", "修改说明");
        assertThat(spaces.body()).contains("组织空间", "项目空间", p.project());
    }

    @Test
    void anOrganisationSpaceIsCreatedByAnAdministratorAndReadByEveryoneButWrittenByNoOrdinaryMember() {
        String key = "HB-" + Api.uniqueProjectKey();
        Response space = api.post(api.adminToken(), "/api/v1/wiki/spaces", fields("key", key, "name", "Handbook " + key));
        Response page = api.post(api.adminToken(), "/api/v1/wiki/spaces/" + space.number("id") + "/pages",
                fields("title", "Onboarding", "body", "Welcome"));
        Person someone = api.newPerson();
        Person pmo = api.newPerson("PMO");

        assertThat(api.post(someone.token(), "/api/v1/wiki/spaces", fields("key", "X-" + key, "name", "Mine")).status())
                .isEqualTo(403);
        assertThat(api.get(someone.token(), "/api/v1/wiki/pages/" + page.number("id")).text("body")).isEqualTo("Welcome");
        assertThat(api.post(someone.token(), "/api/v1/wiki/spaces/" + space.number("id") + "/pages",
                fields("title", "Mine", "body", "x")).status()).isEqualTo(403);
        assertThat(api.post(pmo.token(), "/api/v1/wiki/spaces/" + space.number("id") + "/pages",
                fields("title", "Process", "body", "x")).status()).isEqualTo(201);
        var browser = PageSession.signedIn(port, someone.username(), someone.password());
        assertThat(browser.get("/wiki", "Accept-Language", "en").body()).contains("Handbook " + key);
        assertThat(browser.get("/wiki/spaces/" + space.number("id")).body()).contains("Onboarding")
                .doesNotContain("id=\"new-page\"");
    }

    @Test
    void commentsAndMinutesLinkToTheWikiAndToItemsAsPagesDo() {
        var p = api.projectWithItem();
        String token = p.pm().token();
        long spaceId = api.get(token, "/api/v1/projects/" + p.project() + "/wiki").number("id");
        long pageId = api.post(token, "/api/v1/wiki/spaces/" + spaceId + "/pages",
                fields("title", "Rollback plan", "body", "Steps")).number("id");
        String other = api.newItem(token, p.project(), "task", "Drill the rollback");
        String text = "See [[rollback plan]] before " + other + "; [[No such page]] is yet to be written.";
        assertThat(api.post(token, "/api/v1/items/" + p.item() + "/comments", fields("body", text)).status())
                .isEqualTo(201);
        Response meeting = api.post(token, "/api/v1/projects/" + p.project() + "/meetings", fields("kind", "other",
                "title", "Rollback review", "start", "2027-01-04T10:00", "timeZone", "UTC", "durationMinutes", 30));
        String meetingPath = "/api/v1/projects/" + p.project() + "/meetings/" + meeting.number("id");
        assertThat(api.send("PUT", meetingPath + "/minutes", "Bearer " + token,
                fields("text", text, "version", meeting.number("minutesVersion"))).status()).isEqualTo(200);
        PageSession browser = PageSession.signedIn(port, p.pm().username(), p.pm().password());

        String itemPage = browser.get("/items/" + p.item()).body();
        String meetingPage = browser.get("/projects/" + p.project() + "/meetings/" + meeting.number("id")).body();

        for (String page : new String[] {itemPage, meetingPage}) {
            assertThat(page).contains("href=\"/wiki/pages/" + pageId + "\"", "href=\"/items/" + other + "\"",
                    "wiki-missing");
        }
    }
}
