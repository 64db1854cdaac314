package dev.tandem.search;

import static dev.tandem.support.Api.encode;
import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The full-text search a reader runs from the search box: Chinese words segmented, English words stemmed, snippets
 * with the words marked and everything else escaped, and nothing — not a title, not a count — from a project the
 * reader may not open.
 */
@TandemIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FullTextSearchIntegrationTests {

    @Autowired
    Api api;
    @LocalServerPort
    int port;

    /** A word no other test writes, so the suites may share a database. */
    final String word = "ft" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    /** A PMO member: sees every project, the hidden one too. */
    Person pm;
    Person engineer;
    Person outsider;
    String project;
    String chineseItem;
    String englishItem;
    String hiddenItem;
    long page;
    long meeting;

    @BeforeAll
    void records() {
        pm = api.newPerson("PMO");
        project = api.newProject(pm.token());
        engineer = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        chineseItem = api.newItem(pm.token(), project, fields("type", "story", "title", "支付网关重构 " + word,
                "description", "我们需要在月底之前完成数据库迁移，并更新接口文档。")).get("key").asText();
        englishItem = api.newItem(pm.token(), project, fields("type", "task", "title", "Refund flow " + word,
                "description", "Estimates for the refunds <script>alert(1)</script> were too optimistic.")).get("key").asText();
        assertThat(api.post(engineer.token(), "/api/v1/items/" + englishItem + "/comments",
                Map.of("body", "数据库迁移的风险已经评估过了 " + word)).status()).isEqualTo(201);

        long space = api.get(pm.token(), "/api/v1/projects/" + project + "/wiki").number("id");
        page = api.post(engineer.token(), "/api/v1/wiki/spaces/" + space + "/pages", fields("title", "迁移方案 " + word,
                "body", "## 背景\n\n数据库迁移分三步进行：先双写，再校验，最后切换。")).number("id");
        meeting = api.post(pm.token(), "/api/v1/projects/" + project + "/meetings", fields("kind", "weekly_sync",
                "title", "Weekly sync " + word, "start", "2027-01-05T10:00", "timeZone", "Asia/Shanghai",
                "durationMinutes", 60)).number("id");
        assertThat(api.send("PUT", "/api/v1/projects/" + project + "/meetings/" + meeting + "/minutes", "Bearer " + pm.token(),
                fields("text", "We reviewed the cutover checklist " + word, "version", 0)).status()).isEqualTo(200);
        assertThat(api.post(pm.token(), "/api/v1/projects/" + project + "/meetings/" + meeting + "/decisions",
                fields("text", "决定下周三切换流量 " + word)).status()).isEqualTo(201);
        assertThat(api.post(pm.token(), "/api/v1/projects/" + project + "/meetings/" + meeting + "/actions",
                fields("title", "Write the rollback runbook " + word, "owner", engineer.username(), "due", "2027-01-12"))
                .status()).isEqualTo(201);
        assertThat(api.post(pm.token(), "/api/v1/projects/" + project + "/charter/adrs", fields("title",
                "Ledger on PostgreSQL " + word, "context", "Settlement needs serializable transactions.",
                "decision", "Keep the ledger in PostgreSQL.")).status()).isEqualTo(201);

        Person otherPm = api.newPerson("PMO");
        String other = api.newProject(otherPm.token());
        outsider = api.newPerson();
        api.addMember(other, outsider.username(), "ENGINEER");
        hiddenItem = api.newItem(otherPm.token(), other, fields("type", "story", "title", "数据库迁移计划 " + word,
                "description", "secret " + word)).get("key").asText();
    }

    @Test
    void aChineseWordFindsTheItemAndTheCommentWithTheWordMarkedAndNothingFromAnotherProject() {
        Response found = search(engineer, "数据库迁移 " + word);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.texts("hits", "ref")).contains(chineseItem, englishItem);
        assertThat(found.texts("hits", "kind")).containsExactlyInAnyOrder("ITEM", "COMMENT", "PAGE");
        var comment = found.json().get("hits").get(found.texts("hits", "kind").indexOf("COMMENT"));
        assertThat(comment.get("snippet").asText()).contains("<mark>");
        assertThat(comment.get("url").asText()).startsWith("/items/" + englishItem + "#comment-");
        assertThat(comment.get("projectKey").asText()).isEqualTo(project);

        Response both = search(engineer, "迁移 " + word);
        assertThat(both.texts("hits", "kind")).containsExactlyInAnyOrder("ITEM", "COMMENT", "PAGE");
        assertThat(both.texts("hits", "url")).contains("/wiki/pages/" + page);
    }

    @Test
    void englishWordsAreStemmedAndSnippetsEscapeWhatPeopleWrote() {
        Response stemmed = search(engineer, "estimate refund " + word);
        assertThat(refs(stemmed)).containsExactly(englishItem);
        String snippet = stemmed.json().get("hits").get(0).get("snippet").asText();
        assertThat(snippet).contains("<mark>Estimates</mark>").contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void anOutsiderSeesNoHitNorCountFromTheProjectAndCannotFilterByIt() {
        assertThat(refs(search(pm, "迁移 " + word))).contains(hiddenItem);
        Response outside = search(outsider, "迁移 " + word);
        assertThat(refs(outside)).containsExactly(hiddenItem);
        assertThat(outside.number("total")).isEqualTo(1);
        assertThat(search(outsider, "refund " + word).number("total")).isZero();
        Response filtered = api.get(outsider.token(), "/api/v1/search/text?q=" + encode(word) + "&project=" + project);
        assertThat(filtered.status()).isEqualTo(404);
        assertThat(filtered.body()).doesNotContain(chineseItem);
    }

    @Test
    void filtersByKindProjectAndDays() {
        assertThat(refs(api.get(engineer.token(), "/api/v1/search/text?kind=COMMENT&q=" + encode(word))))
                .containsExactly(englishItem);
        assertThat(api.get(pm.token(), "/api/v1/search/text?kind=ITEM&project=" + project + "&q=" + encode(word))
                .number("total")).isEqualTo(2);
        assertThat(api.get(pm.token(), "/api/v1/search/text?kind=ITEM&kind=PAGE&project=" + project + "&q="
                + encode(word)).number("total")).isEqualTo(3);
        String tomorrow = LocalDate.now().plusDays(2).toString();
        assertThat(api.get(pm.token(), "/api/v1/search/text?from=" + tomorrow + "&q=" + encode(word))
                .texts("hits", "kind")).containsExactly("MINUTES");
        String yesterday = LocalDate.now().minusDays(2).toString();
        // the meeting took place in January 2027: its minutes count from that day, the rest from today
        assertThat(api.get(engineer.token(), "/api/v1/search/text?from=" + yesterday + "&to=" + tomorrow + "&q="
                + encode(word)).texts("hits", "kind")).doesNotContain("MINUTES").hasSize(7);
    }

    @Test
    void minutesDecisionsActionItemsAndDecisionRecordsAreFoundWithLinksToWhereTheyLive() {
        Response minutes = api.get(engineer.token(), "/api/v1/search/text?kind=MINUTES&q=" + encode("cutover " + word));
        assertThat(minutes.texts("hits", "url"))
                .containsExactly("/projects/" + project + "/meetings/" + meeting);
        Response decision = api.get(engineer.token(), "/api/v1/search/text?q=" + encode("切换流量 " + word));
        assertThat(decision.texts("hits", "kind")).containsExactly("DECISION");
        assertThat(decision.json().get("hits").get(0).get("url").asText())
                .startsWith("/projects/" + project + "/meetings/" + meeting + "#decision-");
        Response action = api.get(engineer.token(), "/api/v1/search/text?q=" + encode("rollback runbooks " + word));
        assertThat(action.texts("hits", "kind")).containsExactly("ACTION_ITEM");
        Response adr = api.get(engineer.token(), "/api/v1/search/text?q=" + encode("serializable " + word));
        assertThat(adr.texts("hits", "kind")).containsExactly("ADR");
        assertThat(adr.json().get("hits").get(0).get("url").asText()).isEqualTo("/projects/" + project + "/wiki/adrs/1");
        assertThat(refs(search(outsider, "cutover serializable 切换流量 " + word))).isEmpty();
    }

    @Test
    void everyKindCanBeSearchedOnItsOwn() {
        for (SearchKind kind : SearchKind.values()) {
            Response r = api.get(engineer.token(), "/api/v1/search/text?kind=" + kind + "&q=" + encode(word));
            assertThat(r.status()).as(kind.name()).isEqualTo(200);
            assertThat(r.texts("hits", "kind")).as(kind.name()).isNotEmpty().containsOnly(kind.name());
        }
    }

    @Test
    void pagesOfAnOrganisationSpaceAreFoundByEveryoneSignedIn() {
        // a word of its own, so the other tests' counts do not see this page, which every reader may find
        String own = "org" + word;
        long space = api.post(api.adminToken(), "/api/v1/wiki/spaces", fields("key", "ORG" + word.substring(2, 8)
                .toUpperCase(), "name", "Handbook " + own)).number("id");
        long handbook = api.post(api.adminToken(), "/api/v1/wiki/spaces/" + space + "/pages",
                fields("title", "Onboarding " + own, "body", "入职第一周的安排")).number("id");
        assertThat(search(outsider, "入职 " + own).texts("hits", "url")).containsExactly("/wiki/pages/" + handbook);
        assertThat(search(engineer, "入职 " + own).texts("hits", "url")).containsExactly("/wiki/pages/" + handbook);
        assertThat(api.get(outsider.token(), "/api/v1/search/text?project=" + project + "&q=" + encode("入职 " + own))
                .status()).isEqualTo(404);
    }

    @Test
    void badSearchesAreRefusedWithAReason() {
        for (String query : new String[] {"q=", "q=" + "x".repeat(201), "q=a&page=0", "q=a&page=51",
                "q=a&kind=NOPE", "q=a&from=2026-02-30", "q=a&from=2026-03-02&to=2026-03-01"}) {
            Response r = api.get(engineer.token(), "/api/v1/search/text?" + query);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.isProblem()).as(query).isTrue();
        }
        assertThat(api.post(engineer.token(), "/api/v1/admin/search-index", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void theSearchPageShowsTheHitsWithMarkedSnippetsInBothLanguages() {
        var browser = PageSession.signedIn(port, engineer.username(), engineer.password());
        var page = browser.get("/search?q=" + encode("迁移 " + word));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/items/" + chineseItem + "\"", "<mark>")
                .doesNotContain(hiddenItem).doesNotContain("<script>alert");
        var refused = browser.get("/search?q=a&from=2026-03-02&to=2026-03-01");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("role=\"alert\"");
    }

    @Test
    void anAdministratorRebuildsTheIndexAndFindsTheSameRecords() {
        var before = search(engineer, word).texts("hits", "url");
        assertThat(before).hasSize(8);
        assertThat(api.post(api.adminToken(), "/api/v1/admin/search-index", Map.of()).status()).isEqualTo(204);
        assertThat(search(engineer, word).texts("hits", "url"))
                .containsExactlyInAnyOrderElementsOf(before);
    }

    private Response search(Person caller, String q) {
        return api.get(caller.token(), "/api/v1/search/text?q=" + encode(q));
    }

    private static java.util.List<String> refs(Response r) {
        return r.texts("hits", "ref");
    }
}
