package dev.tandem.notification;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Api.Signers;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import dev.tandem.support.TandemIntegrationTest;

/**
 * The inbox: "waits for your vote" goes away once the reviewer voted, or for everyone once the change request is
 * decided or withdrawn; the header counts the unread notices; notices are marked read one by one or all at once.
 */
@TandemIntegrationTest
class InboxIntegrationTests {

    @Autowired
    Api api;
    @LocalServerPort
    int port;

    Person pm;
    String project;
    String item;
    Signers board;

    @BeforeEach
    void projectWithABoard() {
        pm = api.newPerson("PMO");
        project = api.newProject(pm.token());
        item = api.newItem(pm.token(), project, "task", "Ledger");
        board = api.feasibilitySignedOff(project);
    }

    @Test
    void aVoteEndsTheVotersNoticeOnly() {
        long id = submitted();
        assertThat(asked(board.em(), id)).isTrue();
        assertThat(asked(board.architect(), id)).isTrue();

        vote(board.em(), id, "ABSTAIN");

        assertThat(asked(board.em(), id)).isFalse();
        assertThat(asked(board.architect(), id)).isTrue();
        assertThat(asked(pm, id)).isTrue();
    }

    @Test
    void aRefreshAsksThoseWhoVotedAgainAndNobodyTwice() {
        long id = submitted();
        vote(board.em(), id, "ABSTAIN");
        assertThat(api.post(pm.token(), "/api/v1/change-requests/" + id + "/refresh", null).status()).isEqualTo(200);

        assertThat(asked(board.em(), id)).isTrue();
        assertThat(api.get(board.architect().token(), "/api/v1/me/notifications").texts("", "link"))
                .containsOnlyOnce("/change-requests/" + id);
    }

    @Test
    void aDecisionEndsEveryNotice() {
        long id = submitted();
        vote(board.em(), id, "REJECT");
        assertThat(api.get(pm.token(), "/api/v1/change-requests/" + id).text("state")).isEqualTo("REJECTED");

        for (Person reviewer : List.of(pm, board.em(), board.architect())) {
            assertThat(asked(reviewer, id)).isFalse();
        }
    }

    @Test
    void withdrawingEndsEveryNotice() {
        long id = submitted();
        assertThat(api.post(pm.token(), "/api/v1/change-requests/" + id + "/withdraw", null).status()).isEqualTo(200);

        for (Person reviewer : List.of(pm, board.em(), board.architect())) {
            assertThat(asked(reviewer, id)).isFalse();
        }
    }

    @Test
    void theHeaderCountsUnreadNoticesAndTheyAreMarkedReadOneByOneOrAll() {
        long first = submitted();
        submitted();
        var browser = PageSession.signedIn(port, board.em().username(), board.em().password());
        assertThat(browser.get("/inbox").body()).contains("Inbox (2)");
        long notice = noticeOf(board.em(), first);

        var marked = browser.post("/inbox/" + notice + "/read", Map.of());
        assertThat(marked.status()).isEqualTo(302);
        assertThat(marked.location()).endsWith("/inbox");
        assertThat(browser.get("/inbox").body()).contains("Inbox (1)");
        assertThat(asked(board.em(), first)).as("read, but the vote still waits").isTrue();

        assertThat(browser.post("/inbox/read", Map.of()).status()).isEqualTo(302);
        String inbox = browser.get("/inbox").body();
        assertThat(inbox).doesNotContain("Inbox (").contains(">Inbox<");
        assertThat(api.get(board.em().token(), "/api/v1/me/notifications").json())
                .allSatisfy(n -> assertThat(n.get("readAt").isNull()).isFalse());
    }

    @Test
    void theApiMarksEveryNoticeReadAtOnce() {
        long id = submitted();
        Response read = api.post(board.architect().token(), "/api/v1/me/notifications/read", null);
        assertThat(read.status()).isEqualTo(204);
        assertThat(api.get(board.architect().token(), "/api/v1/me/notifications").json())
                .isNotEmpty().allSatisfy(n -> assertThat(n.get("readAt").isNull()).isFalse());
        assertThat(api.get(board.em().token(), "/api/v1/me/notifications").json())
                .as("only the caller's").anySatisfy(n -> assertThat(n.get("readAt").isNull()).isTrue());
        assertThat(asked(board.architect(), id)).isTrue();
    }

    @Test
    void aNoticeReadsInItsReadersLanguageAndOneStoredAsEnglishTextStillShows() {
        long id = submitted();
        var chinese = PageSession.signedIn(port, board.architect().username(), board.architect().password());
        chinese.post("/locale", Map.of("lang", "zh-CN"), "Referer", chinese.base() + "/inbox");
        long architect = api.jdbc().queryForObject("select id from person where username = ?", Long.class,
                board.architect().username());
        api.jdbc().update("insert into notification (person_id, message, link, created_at) values (?, ?, ?, ?)",
                architect, "Written before notices kept their keys", "/inbox",
                java.sql.Timestamp.from(java.time.Instant.now()));

        String code = api.get(pm.token(), "/api/v1/change-requests/" + id).text("code");
        assertThat(message(board.em(), id)).isEqualTo(project + " " + code + " “Ledger grows” by " + pm.username()
                + " waits for your vote");
        assertThat(message(board.architect(), id)).isEqualTo(project + " " + code + "“Ledger grows”("
                + pm.username() + " 提交)等待你投票");
        assertThat(chinese.get("/inbox").body()).contains("等待你投票", "Written before notices kept their keys");
    }

    private String message(Person person, long id) {
        for (var n : api.get(person.token(), "/api/v1/me/notifications").json()) {
            if (n.get("link").asString().equals("/change-requests/" + id)) {
                return n.get("message").asString();
            }
        }
        throw new AssertionError("no notice of " + id);
    }

    private long submitted() {
        long id = api.post(pm.token(), "/api/v1/projects/" + project + "/change-requests", fields("title", "Ledger grows",
                "reason", "More checks", "changes", List.of(fields("op", "setEstimate", "item", item,
                        "mostLikelyDays", 3)))).number("id");
        assertThat(api.post(pm.token(), "/api/v1/change-requests/" + id + "/submit", null).status()).isEqualTo(200);
        return id;
    }

    private void vote(Person reviewer, long id, String decision) {
        assertThat(api.post(reviewer.token(), "/api/v1/change-requests/" + id + "/votes", Map.of("decision", decision))
                .status()).isEqualTo(200);
    }

    private boolean asked(Person person, long id) {
        return api.get(person.token(), "/api/v1/me/notifications").texts("", "link").contains("/change-requests/" + id);
    }

    private long noticeOf(Person person, long id) {
        for (var n : api.get(person.token(), "/api/v1/me/notifications").json()) {
            if (n.get("link").asString().equals("/change-requests/" + id)) {
                return n.get("id").asLong();
            }
        }
        throw new AssertionError("no notice of " + id);
    }
}
