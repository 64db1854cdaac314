package dev.tandem.knowledge;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Related pages and items: a page about a topic finds the item about the same topic, in English and in Chinese;
 * nothing of a project the reader cannot read takes part; a page without text has none.
 */
@TandemIntegrationTest
class RelatedContentIntegrationTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void aPageFindsTheItemOnItsTopicInEnglishAndInChineseAndNeverOneOfAProjectTheReaderCannotRead() throws Exception {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person reader = api.newPerson();
        api.addMember(project, reader.username(), "ENGINEER");
        String retries = item(pm, project, "Retry declined card payments",
                "When the payment gateway declines a card, retry the charge with backoff.");
        item(pm, project, "Office party planning", "Book a room and order cakes for the team's summer party.");
        String chineseRetries = item(pm, project, "重试被拒绝的银行卡支付", "当支付网关拒绝银行卡时，使用退避策略重新扣款。");
        item(pm, project, "办公室聚会安排", "为团队夏季聚会预订会议室并订购蛋糕。");
        // another project on the very same topic, which the reader is no member of
        Person otherPm = api.newPerson("PMO");
        String secret = api.newProject(otherPm.token());
        Person otherReader = api.newPerson();
        api.addMember(secret, otherReader.username(), "ENGINEER");
        String hidden = item(otherPm, secret, "Card payment retries with backoff",
                "How the gateway retries a declined card payment with exponential backoff before giving up.");
        long space = api.get(pm.token(), "/api/v1/projects/" + project + "/wiki").number("id");
        long page = page(pm, space, "Card payment retries",
                "How the gateway retries a declined card payment with exponential backoff before giving up.");
        long chinesePage = page(pm, space, "银行卡支付重试", "支付网关拒绝银行卡扣款后，按指数退避重试，最多三次。");

        Response english = settled(reader, "/api/v1/wiki/pages/" + page + "/related");
        Response chinese = settled(reader, "/api/v1/wiki/pages/" + chinesePage + "/related");
        Response fromItem = settled(reader, "/api/v1/projects/" + project + "/items/" + retries + "/related");
        Response asOtherReader = settled(otherReader, "/api/v1/projects/" + secret + "/items/" + hidden + "/related");

        assertThat(english.texts("related", "key")).first().isEqualTo(retries);
        assertThat(english.texts("related", "title")).doesNotContain("Office party planning", "Card payment retries with backoff");
        assertThat(english.texts("related", "key")).doesNotContain(hidden, chineseRetries);
        assertThat(chinese.texts("related", "key")).first().isEqualTo(chineseRetries);
        assertThat(chinese.texts("related", "title")).doesNotContain("办公室聚会安排");
        assertThat(fromItem.texts("related", "href")).first().isEqualTo("/wiki/pages/" + page);
        assertThat(fromItem.texts("related", "key")).doesNotContain(retries, hidden);
        assertThat(fromItem.body()).doesNotContain("Card payment retries with backoff");
        // the other project's member reads neither the reader's project nor its pages
        assertThat(asOtherReader.texts("related", "href")).noneMatch(h -> h.equals("/wiki/pages/" + page))
                .doesNotContain("/items/" + retries);
    }

    @Test
    void aPageWithoutTextHasNoRelatedContentAndOutsidersAreNotToldItExists() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        item(pm, project, "Empty pages", "Pages without text.");
        long space = api.get(pm.token(), "/api/v1/projects/" + project + "/wiki").number("id");
        long empty = page(pm, space, "Empty pages", "");
        Person outsider = api.newPerson();

        Response answer = api.get(pm.token(), "/api/v1/wiki/pages/" + empty + "/related");
        Response refused = api.get(outsider.token(), "/api/v1/wiki/pages/" + empty + "/related");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("ready").asBoolean()).isTrue();
        assertThat(answer.json().get("related")).isEmpty();
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("Empty pages");
    }

    @Test
    void theItemPageAndTheWikiPageLoadTheListAndSayWhenItIsNotReadyInTheReadersWords() throws Exception {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        String key = item(pm, project, "Rotate the signing keys of the ledger service " + project,
                "Quarterly rotation " + project);
        Person reader = api.newPerson();
        api.addMember(project, reader.username(), "ENGINEER");
        var session = PageSession.signedIn(port, reader.username(), reader.password());

        String itemPage = session.get("/items/" + key).body();
        String first = session.get("/projects/" + project + "/items/" + key + "/related").body();
        String later = "";
        for (int i = 0; i < 600 && !later.contains("Nothing related enough") && !later.contains("related-list"); i++) {
            Thread.sleep(200);
            later = session.get("/projects/" + project + "/items/" + key + "/related").body();
        }

        assertThat(itemPage).contains("Related pages and items", "/projects/" + project + "/items/" + key + "/related");
        // a text never read before: the first answer cannot have it, and says so instead of waiting
        assertThat(first).contains("Not ready yet").contains("hx-trigger=\"load delay:4s\"");
        assertThat(later).doesNotContain("Not ready yet");
    }

    /** Asks until the text and every candidate have been read (the embeddings run in the background). */
    private Response settled(Person person, String path) throws InterruptedException {
        Response r = api.get(person.token(), path);
        for (int i = 0; i < 600 && !(r.json().get("ready").asBoolean() && r.json().get("pending").asInt() == 0); i++) {
            Thread.sleep(200);
            r = api.get(person.token(), path);
        }
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("ready").asBoolean()).as(r.toString()).isTrue();
        assertThat(r.json().get("pending").asInt()).as(r.toString()).isZero();
        return r;
    }

    private String item(Person person, String project, String title, String description) {
        return Response.text(api.newItem(person.token(), project, fields("type", "story", "title", title,
                "description", description)), "key");
    }

    private long page(Person person, long space, String title, String body) {
        Response r = api.post(person.token(), "/api/v1/wiki/spaces/" + space + "/pages", fields("title", title, "body", body));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.number("id");
    }

}
