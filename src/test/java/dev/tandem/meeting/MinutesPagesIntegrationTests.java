package dev.tandem.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.meeting.MinutesFromTranscriptsIntegrationTests.Team;
import dev.tandem.support.Api;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The meeting page's transcript section in both languages: import, proposals with their lines, accept, discard. */
@TandemIntegrationTest
class MinutesPagesIntegrationTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void theOrganiserImportsATranscriptFileAndAcceptsAndDiscardsProposalsOnThePage() {
        Team t = MinutesFromTranscriptsIntegrationTests.team(api);
        String page = t.meeting().replace("/api/v1", "");
        PageSession browser = PageSession.signedIn(port, t.pm().username(), t.pm().password());

        var before = browser.get(page);
        var imported = browser.postFile(page + "/transcript", Map.of("format", ""), "file", "sync.txt",
                MinutesFromTranscriptsIntegrationTests.transcript(t));
        var after = browser.get(page);
        JsonNode view = api.get(t.pm().token(), t.meeting() + "/transcript").json();
        long action = proposal(view, "migration plan");
        long decision = proposal(view, "PostgreSQL");
        var accepted = browser.post(page + "/proposals/" + action + "/accept", Map.of("text", "Send the migration plan",
                "owner", t.engineer().username(), "due", "2027-01-08", "version", "0"));
        var discarded = browser.post(page + "/proposals/" + decision + "/discard", Map.of("version", "0"));
        var done = browser.get(page);

        assertThat(before.body()).contains("Minutes from a transcript or recording", "Import a transcript",
                "No speech-to-text provider is configured", "TANDEM_SPEECH_URL");
        assertThat(imported.status()).as(imported.body()).isEqualTo(302);
        assertThat(after.body()).contains("id=\"line-2\"", "0:12", "href=\"#line-2\"", "migration plan", "Accept",
                "Discard", "choose the owner", "Proposed by the built-in rules from the transcript that " + t.pm().username());
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(discarded.status()).isEqualTo(302);
        assertThat(done.body()).contains("Send the migration plan", "accepted by " + t.pm().username(),
                "discarded by " + t.pm().username());
        assertThat(api.get(t.pm().token(), t.meeting()).json().get("decisions")).isEmpty();
    }

    @Test
    void aTranscriptThatCannotBeReadIsRefusedOnThePageInChinese() {
        Team t = MinutesFromTranscriptsIntegrationTests.team(api);
        String page = t.meeting().replace("/api/v1", "");
        PageSession browser = PageSession.signedIn(port, t.pm().username(), t.pm().password());
        browser.post("/locale", Map.of("lang", "zh-CN"), "Referer", browser.base() + "/");

        var refused = browser.post(page + "/transcript", Map.of("text", "1\n00:00:01,000 --> 00:00:02,000\nHi\n\n2\nnope\n"));
        var shown = browser.get(page);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("line 6", "由转写稿或录音生成纪要");
        assertThat(shown.body()).contains("导入转写稿", "尚未配置语音转文字服务").doesNotContain("id=\"line-1\"");
    }

    @Test
    void theSectionAloneDoesNotPollWithoutARecordingAndIsHiddenFromStrangers() {
        Team t = MinutesFromTranscriptsIntegrationTests.team(api);
        String page = t.meeting().replace("/api/v1", "");
        PageSession browser = PageSession.signedIn(port, t.pm().username(), t.pm().password());

        var fragment = browser.get(page + "/transcript-view");

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).contains("id=\"transcript\"").doesNotContain("hx-trigger");
        PageSession stranger = PageSession.signedIn(port, api.newPerson().username(), Api.PASSWORD);
        assertThat(stranger.get(page + "/transcript-view").status()).isEqualTo(404);
    }

    private static long proposal(JsonNode view, String containing) {
        for (JsonNode p : view.get("proposals")) {
            if (p.get("text").asString().contains(containing)) {
                return p.get("id").asLong();
            }
        }
        throw new AssertionError("no proposal with " + containing);
    }
}
