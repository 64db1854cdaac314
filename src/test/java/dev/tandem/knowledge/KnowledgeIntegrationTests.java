package dev.tandem.knowledge;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The wiki through its API: every bad input the issue names is refused with a 4xx and changes nothing. */
@TandemIntegrationTest
class KnowledgeIntegrationTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void everySaveIsARevisionWithHistoryDiffAndRestoreAndTheAuditTrailRecordsThem() {
        var p = api.projectWithItem();
        Person engineer = member(p.project(), "ENGINEER");
        long space = space(p.pm(), p.project());
        long head = api.auditHead();

        Response created = api.post(engineer.token(), "/api/v1/wiki/spaces/" + space + "/pages",
                fields("title", "Design", "body", "First line\nSecond line", "changeNote", "Draft"));
        long page = created.number("id");
        Response edited = save(engineer, page, "Design", "First line\nSecond line, changed\nThird line", "Review",
                created.number("version"));
        Response history = api.get(engineer.token(), "/api/v1/wiki/pages/" + page + "/revisions");
        Response diff = api.get(engineer.token(), "/api/v1/wiki/pages/" + page + "/diff?from=1&to=2");
        Response restored = api.post(engineer.token(), "/api/v1/wiki/pages/" + page + "/revisions/1/restore",
                fields("version", edited.number("version")));
        Response renamed = save(engineer, page, "Design notes", restored.text("body"), null, restored.number("version"));
        Response permalink = api.get(p.pm().token(), "/api/v1/wiki/pages/" + page);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.number("revision")).isEqualTo(1);
        assertThat(edited.number("revision")).isEqualTo(2);
        assertThat(history.texts("", "changeNote")).containsExactly("Review", "Draft");
        assertThat(history.texts("", "author")).containsOnly(engineer.username());
        assertThat(diff.json().get("rows")).extracting(r -> r.get("kind").asString())
                .containsExactly("SAME", "CHANGED", "ADDED");
        assertThat(restored.number("revision")).isEqualTo(3);
        assertThat(restored.text("body")).isEqualTo("First line\nSecond line");
        assertThat(api.get(engineer.token(), "/api/v1/wiki/pages/" + page + "/revisions/3").number("restoredFrom")).isEqualTo(1);
        assertThat(renamed.number("revision")).isEqualTo(4);
        assertThat(permalink.text("title")).isEqualTo("Design notes");
        assertThat(api.auditActionsAfter(head)).containsExactly("page.created", "page.edited", "page.restored",
                "page.edited");
    }

    @Test
    void aStaleSaveIs409WithBothVersionsAndWhatChangedAndOverwritesNothing() {
        var p = api.projectWithItem();
        Person alice = member(p.project(), "ENGINEER");
        Person bob = member(p.project(), "ARCHITECT");
        long space = space(p.pm(), p.project());
        Response page = api.post(alice.token(), "/api/v1/wiki/spaces/" + space + "/pages",
                fields("title", "Runbook", "body", "Step one\nStep two"));
        long opened = page.number("version");
        Response alicesSave = save(alice, page.number("id"), "Runbook", "Step one\nStep two, carefully", null, opened);
        long head = api.auditHead();

        Response bobsSave = save(bob, page.number("id"), "Runbook", "Step one\nStep 2", "Mine", opened);
        Response now = api.get(bob.token(), "/api/v1/wiki/pages/" + page.number("id"));

        assertThat(alicesSave.status()).isEqualTo(200);
        assertThat(bobsSave.status()).isEqualTo(409);
        assertThat(bobsSave.isProblem()).isTrue();
        JsonNode problem = bobsSave.json();
        assertThat(problem.get("yours").get("body").asString()).isEqualTo("Step one\nStep 2");
        assertThat(problem.get("current").get("body").asString()).isEqualTo("Step one\nStep two, carefully");
        assertThat(problem.get("current").get("updatedBy").asString()).isEqualTo(alice.username());
        assertThat(problem.get("currentVersion").asLong()).isEqualTo(alicesSave.number("version"));
        assertThat(problem.get("changes")).anySatisfy(row -> {
            assertThat(row.get("kind").asString()).isEqualTo("CHANGED");
            assertThat(row.get("oldLine").asString()).isEqualTo("Step two");
            assertThat(row.get("newLine").asString()).isEqualTo("Step two, carefully");
        });
        assertThat(now.text("body")).isEqualTo("Step one\nStep two, carefully");
        assertThat(now.number("revision")).isEqualTo(2);
        assertThat(api.auditHead()).isEqualTo(head);
    }

    @Test
    void scriptsJavascriptLinksAndHandlersRenderHarmlessAndTablesAndTaskListsRender() {
        var p = api.projectWithItem();
        long space = space(p.pm(), p.project());

        Response page = api.post(p.pm().token(), "/api/v1/wiki/spaces/" + space + "/pages", fields("title", "Unsafe",
                "body", "<script>alert(1)</script>\n\nText <img src=x onerror=alert(2)> [x](javascript:alert(3)) "
                        + "<a href=\"javascript:alert(4)\">y</a>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done"));

        String html = page.text("html").toLowerCase();
        assertThat(html).doesNotContain("<script", "href=\"javascript", "<img src=\"x\"").doesNotContainPattern("<[^>]*onerror");
        assertThat(html).contains("<table>", "<td>1</td>", "type=\"checkbox\"");
    }

    @Test
    void linksBetweenPagesAndToItemsWithBacklinksMentionsAndCreateThisPageForUnknownTitles() {
        var p = api.projectWithItem();
        long space = space(p.pm(), p.project());
        Response target = api.post(p.pm().token(), "/api/v1/wiki/spaces/" + space + "/pages",
                fields("title", "Payment architecture", "body", "The big picture"));
        Response source = api.post(p.pm().token(), "/api/v1/wiki/spaces/" + space + "/pages", fields("title", "Decisions",
                "body", "See [[payment ARCHITECTURE]] and [[Missing page]]; work in " + p.item() + "."));
        Person outsider = api.newPerson();

        String html = source.text("html");
        assertThat(html).contains("href=\"/wiki/pages/" + target.number("id") + "\"",
                "href=\"/items/" + p.item() + "\"", "class=\"wiki-missing\"",
                "href=\"/wiki/spaces/" + space + "/new?title&#61;Missing%20page\"");
        Response backlinks = api.get(p.pm().token(), "/api/v1/wiki/pages/" + target.number("id"));
        assertThat(backlinks.texts("backlinks", "title")).containsExactly("Decisions");
        var itemPage = dev.tandem.support.PageSession.signedIn(port, p.pm().username(), Api.PASSWORD)
                .get("/items/" + p.item());
        assertThat(itemPage.body()).contains("id=\"mentions\"", "href=\"/wiki/pages/" + source.number("id") + "\"");
        // an outsider sees the item key in an organisation page only as text, and no mention of a project page
        long org = api.post(api.adminToken(), "/api/v1/wiki/spaces", fields("key", "ORG-" + p.project(), "name",
                "Handbook " + p.project())).number("id");
        Response orgPage = api.post(api.adminToken(), "/api/v1/wiki/spaces/" + org + "/pages",
                fields("title", "Notes", "body", "About " + p.item()));
        assertThat(api.get(outsider.token(), "/api/v1/wiki/pages/" + orgPage.number("id")).text("html"))
                .contains(p.item()).doesNotContain("/items/" + p.item());
    }

    @Test
    void titlesAreUniqueIgnoringCaseAndMovesRefuseCycles() {
        var p = api.projectWithItem();
        long space = space(p.pm(), p.project());
        long a = api.post(p.pm().token(), "/api/v1/wiki/spaces/" + space + "/pages", fields("title", "A", "body", "")).number("id");
        Response b = api.post(p.pm().token(), "/api/v1/wiki/spaces/" + space + "/pages",
                fields("title", "B", "body", "", "parentId", a));
        long head = api.auditHead();

        Response duplicate = api.post(p.pm().token(), "/api/v1/wiki/spaces/" + space + "/pages", fields("title", " a ", "body", "x"));
        Response cycle = api.post(p.pm().token(), "/api/v1/wiki/pages/" + a + "/move", fields("parentId", b.number("id"),
                "version", api.get(p.pm().token(), "/api/v1/wiki/pages/" + a).number("version")));
        Response self = api.post(p.pm().token(), "/api/v1/wiki/pages/" + a + "/move", fields("parentId", a,
                "version", api.get(p.pm().token(), "/api/v1/wiki/pages/" + a).number("version")));
        Response badTitle = api.post(p.pm().token(), "/api/v1/wiki/spaces/" + space + "/pages", fields("title", "[[x]]"));
        Response deleteParent = api.delete(p.pm().token(), "/api/v1/wiki/pages/" + a + "?version="
                + api.get(p.pm().token(), "/api/v1/wiki/pages/" + a).number("version"));

        assertThat(List.of(duplicate.status(), cycle.status(), self.status(), deleteParent.status()))
                .containsOnly(409);
        assertThat(badTitle.status()).isEqualTo(400);
        assertThat(api.auditHead()).isEqualTo(head);

        Response moved = api.post(p.pm().token(), "/api/v1/wiki/pages/" + b.number("id") + "/move",
                fields("position", 0, "version", b.number("version")));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(api.get(p.pm().token(), "/api/v1/projects/" + p.project() + "/wiki").json().get("pages"))
                .extracting(n -> n.get("title").asString() + "@" + n.get("depth").asInt()).containsExactly("B@0", "A@0");
        Response deleted = api.delete(p.pm().token(), "/api/v1/wiki/pages/" + a + "?version="
                + api.get(p.pm().token(), "/api/v1/wiki/pages/" + a).number("version"));
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(p.pm().token(), "/api/v1/wiki/pages/" + a).status()).isEqualTo(404);
        assertThat(api.auditActionsAfter(head)).containsExactly("page.moved", "page.deleted");
    }

    @Test
    void attachmentsOverTheLimitOrOfAForbiddenTypeAreRefusedAndNothingIsStored() throws Exception {
        var p = api.projectWithItem();
        long space = space(p.pm(), p.project());
        long page = api.post(p.pm().token(), "/api/v1/wiki/spaces/" + space + "/pages", fields("title", "Files",
                "body", "![chart](attachment:chart.png)")).number("id");
        String path = "/api/v1/wiki/pages/" + page + "/attachments";
        long head = api.auditHead();

        Response html = attach(p.pm(), path, "report.png", "<html><script>alert(1)</script></html>".getBytes());
        Response svg = attach(p.pm(), path, "logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>".getBytes());
        Response exe = attach(p.pm(), path, "tool.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
        Response big = attach(p.pm(), path, "big.txt", "x".repeat(10 * 1024 * 1024 + 1).getBytes());
        Response empty = attach(p.pm(), path, "empty.txt", new byte[0]);
        Response control = attach(p.pm(), path, "notes.txt", "a\u0001b".getBytes());
        Response notBase64 = api.post(p.pm().token(), path, fields("name", "a.txt", "content", "%%%"));

        for (Response r : List.of(html, svg, exe, big, empty, control, notBase64)) {
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.isProblem()).isTrue();
        }
        assertThat(api.get(p.pm().token(), path).json()).isEmpty();
        assertThat(api.auditHead()).isEqualTo(head);

        Response png = attach(p.pm(), path, "chart.png", PNG);
        Response pdf = attach(p.pm(), path, "spec.pdf", "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes());
        assertThat(png.status()).as(png.toString()).isEqualTo(201);
        assertThat(png.text("contentType")).isEqualTo("image/png");
        assertThat(pdf.text("contentType")).isEqualTo("application/pdf");
        assertThat(api.get(p.pm().token(), "/api/v1/wiki/pages/" + page).text("html"))
                .contains("src=\"/wiki/pages/" + page + "/attachments/chart.png\"");

        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path + "/spec.pdf"))
                .header("Authorization", "Bearer " + p.pm().token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).startsWith("attachment").contains("spec.pdf"));
    }

    @Test
    void nonMembersGet404AndNoDataAndStakeholdersReadButDoNotWrite() {
        var p = api.projectWithItem();
        long space = space(p.pm(), p.project());
        Response page = api.post(p.pm().token(), "/api/v1/wiki/spaces/" + space + "/pages",
                fields("title", "Secret plan", "body", "Confidential"));
        Person outsider = api.newPerson();
        Person stakeholder = member(p.project(), "STAKEHOLDER");
        String pagePath = "/api/v1/wiki/pages/" + page.number("id");

        for (String path : List.of(pagePath, pagePath + "/revisions", pagePath + "/diff?from=1&to=1",
                "/api/v1/wiki/spaces/" + space, "/api/v1/projects/" + p.project() + "/wiki")) {
            Response r = api.get(outsider.token(), path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.body()).doesNotContain("Secret plan", "Confidential");
        }
        assertThat(api.get(outsider.token(), "/api/v1/wiki/spaces").body()).doesNotContain(p.project());
        assertThat(api.get(stakeholder.token(), pagePath).status()).isEqualTo(200);
        assertThat(save(stakeholder, page.number("id"), "Secret plan", "Changed", null, page.number("version")).status())
                .isEqualTo(403);
        var browser = dev.tandem.support.PageSession.signedIn(port, outsider.username(), outsider.password());
        var outsiderPage = browser.get("/wiki/pages/" + page.number("id"));
        assertThat(outsiderPage.status()).isEqualTo(404);
        assertThat(outsiderPage.body()).doesNotContain("Secret plan", "Confidential");
    }

    @Test
    void templatesComeInTheReadersLanguageAndSpacesAddTheirOwn() {
        var p = api.projectWithItem();
        long space = space(p.pm(), p.project());

        Response zh = api.post(p.pm().token(), "/api/v1/wiki/spaces/" + space + "/pages",
                fields("title", "复盘 1", "template", "postmortem", "language", "zh-CN"));
        Response en = api.get(p.pm().token(), "/api/v1/wiki/spaces/" + space + "/templates/postmortem?language=en");
        Response own = api.post(p.pm().token(), "/api/v1/wiki/spaces/" + space + "/templates",
                fields("name", "Release notes", "body", "# Release notes\n\n## Changes"));
        Response fromOwn = api.post(p.pm().token(), "/api/v1/wiki/spaces/" + space + "/pages",
                fields("title", "Release 1", "template", own.text("key")));
        Response unknown = api.post(p.pm().token(), "/api/v1/wiki/spaces/" + space + "/pages",
                fields("title", "X", "template", "../etc/passwd"));
        Person engineer = member(p.project(), "ENGINEER");
        Response engineersTemplate = api.post(engineer.token(), "/api/v1/wiki/spaces/" + space + "/templates",
                fields("name", "Mine", "body", "x"));

        assertThat(zh.text("body")).startsWith("# 复盘");
        assertThat(en.text("body")).startsWith("# Post-mortem");
        assertThat(api.get(p.pm().token(), "/api/v1/wiki/spaces/" + space + "/templates").texts("", "key"))
                .containsExactly("adr", "design", "postmortem", "minutes", "runbook", "kickoff", own.text("key"));
        assertThat(fromOwn.text("body")).isEqualTo("# Release notes\n\n## Changes");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(engineersTemplate.status()).isEqualTo(403);
    }

    /** The smallest valid PNG: one transparent pixel. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private Response attach(Person person, String path, String name, byte[] content) {
        return api.post(person.token(), path, Map.of("name", name, "content", Base64.getEncoder().encodeToString(content)));
    }

    private Response save(Person person, long page, String title, String body, String note, long version) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>(Map.of("title", title, "body", body, "version", version));
        if (note != null) {
            fields.put("changeNote", note);
        }
        return api.send("PUT", "/api/v1/wiki/pages/" + page, "Bearer " + person.token(), fields);
    }

    private long space(Person person, String project) {
        Response r = api.get(person.token(), "/api/v1/projects/" + project + "/wiki");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.number("id");
    }

    private Person member(String project, String role) {
        Person person = api.newPerson();
        api.addMember(project, person.username(), role);
        return person;
    }
}
