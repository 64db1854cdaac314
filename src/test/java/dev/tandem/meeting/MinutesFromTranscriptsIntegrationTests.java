package dev.tandem.meeting;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Minutes from a transcript through the API, with no provider configured (the offline extractor): proposals wait
 * until the organiser accepts (edited or not) or discards each; bad files are refused naming the line with nothing
 * stored; strangers see nothing.
 */
@TandemIntegrationTest
class MinutesFromTranscriptsIntegrationTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    record Team(Person pm, Person engineer, String project, String meeting) {
    }

    static Team team(Api api) {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person engineer = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        Response meeting = api.post(pm.token(), "/api/v1/projects/" + project + "/meetings", fields("kind", "weekly_sync",
                "title", "Weekly sync", "start", "2027-01-04T10:00", "timeZone", "Asia/Shanghai", "durationMinutes", 60,
                "recurrence", "none", "attendees", List.of(engineer.username())));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
        return new Team(pm, engineer, project, "/api/v1/projects/" + project + "/meetings/" + meeting.number("id"));
    }

    static String transcript(Team t) {
        return """
                [00:00:05] PM: We decided to use PostgreSQL 15 for the pilot.
                [00:00:12] %s: I'll send the migration plan by Friday.
                [00:00:20] PM: Zed will book the load test next week.
                [00:00:31] PM: Thanks everyone.
                """.formatted(t.engineer().username());
    }

    @Test
    void proposalsWaitForTheOrganiserAndAcceptingRecordsThemWithAnAuditTrail() {
        Team t = team(api);
        long audit = api.auditHead();

        Response imported = api.send("POST", t.meeting() + "/transcript", bearer(t.pm()), "text/plain", transcript(t));
        JsonNode meetingBefore = api.get(t.pm().token(), t.meeting()).json();

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.text("format")).isEqualTo("SPEAKER_LINES");
        assertThat(imported.text("source")).isEqualTo("OFFLINE");
        JsonNode lines = imported.json().get("lines");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1).get("speaker").asString()).isEqualTo(t.engineer().username());
        assertThat(lines.get(0).get("start").asLong()).isEqualTo(5000);
        assertThat(meetingBefore.get("decisions")).isEmpty();
        assertThat(meetingBefore.get("actions")).isEmpty();
        JsonNode decision = proposal(imported, "DECISION", "PostgreSQL");
        JsonNode mine = proposal(imported, "ACTION", "migration plan");
        JsonNode zed = proposal(imported, "ACTION", "load test");
        JsonNode summary = proposal(imported, "SUMMARY", "");
        assertThat(decision.get("lines").toString()).isEqualTo("[1]");
        assertThat(mine.get("ownerUsername").asString()).isEqualTo(t.engineer().username());
        assertThat(mine.get("ownerStatus").asString()).isEqualTo("RESOLVED");
        assertThat(mine.get("due").asString()).isEqualTo("2027-01-08");
        assertThat(mine.get("lines").toString()).isEqualTo("[2]");
        assertThat(zed.get("ownerStatus").asString()).isEqualTo("UNKNOWN");
        assertThat(zed.get("ownerMention").asString()).isEqualTo("Zed");

        Response acceptedDecision = api.post(t.pm().token(), proposalPath(t, decision, "accept"),
                fields("text", "Use PostgreSQL 15 for the pilot and the launch", "version", decision.get("version").asLong()));
        Response acceptedMine = api.post(t.pm().token(), proposalPath(t, mine, "accept"),
                fields("version", mine.get("version").asLong()));
        Response zedWithoutOwner = api.post(t.pm().token(), proposalPath(t, zed, "accept"),
                fields("version", zed.get("version").asLong()));
        Response zedGivenOwner = api.post(t.pm().token(), proposalPath(t, zed, "accept"), fields("owner",
                t.pm().username(), "due", "2027-01-20", "version", zed.get("version").asLong()));
        Response discarded = api.post(t.pm().token(), proposalPath(t, summary, "discard"),
                fields("version", summary.get("version").asLong()));
        Response twice = api.post(t.pm().token(), proposalPath(t, mine, "accept"), fields("version", 1));
        Person stakeholder = api.newPerson();
        api.addMember(t.project(), stakeholder.username(), "STAKEHOLDER");
        Response byStakeholder = api.post(stakeholder.token(), proposalPath(t, summary, "accept"), fields("version", 1));
        JsonNode meeting = api.get(t.pm().token(), t.meeting()).json();
        Response listed = api.get(t.engineer().token(), t.meeting() + "/proposals");

        assertThat(acceptedDecision.status()).as(acceptedDecision.toString()).isEqualTo(200);
        assertThat(acceptedDecision.text("status")).isEqualTo("ACCEPTED");
        assertThat(acceptedMine.status()).as(acceptedMine.toString()).isEqualTo(200);
        assertThat(zedWithoutOwner.status()).isEqualTo(400);
        assertThat(zedWithoutOwner.detail()).contains("owner", "Zed");
        assertThat(zedGivenOwner.status()).as(zedGivenOwner.toString()).isEqualTo(200);
        assertThat(discarded.status()).isEqualTo(200);
        assertThat(discarded.text("status")).isEqualTo("DISCARDED");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(byStakeholder.status()).isEqualTo(403);
        assertThat(meeting.get("decisions").findValuesAsString("text"))
                .containsExactly("Use PostgreSQL 15 for the pilot and the launch");
        assertThat(meeting.get("actions")).hasSize(2);
        assertThat(meeting.get("actions").get(0).get("owner").asString()).isEqualTo(t.engineer().username());
        assertThat(meeting.get("actions").get(0).get("due").asString()).isEqualTo("2027-01-08");
        assertThat(meeting.get("actions").get(1).get("owner").asString()).isEqualTo(t.pm().username());
        assertThat(meeting.get("actions").get(1).get("due").asString()).isEqualTo("2027-01-20");
        assertThat(meeting.get("minutes").isNull() || meeting.get("minutes").asString().isEmpty()).isTrue();
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().findValuesAsString("status")).containsOnly("ACCEPTED", "DISCARDED");
        assertThat(api.auditActionsAfter(audit)).containsSubsequence("meeting.transcript-imported",
                "meeting.decision-recorded", "meeting.proposal-accepted", "meeting.action-added",
                "meeting.proposal-accepted", "meeting.action-added", "meeting.proposal-accepted",
                "meeting.proposal-discarded");
        assertThat(api.jdbc().queryForList("select summary from audit_entry where seq > ? and action = ?",
                String.class, audit, "meeting.proposal-accepted"))
                .anySatisfy(s -> assertThat(s).contains("from the minutes proposals (transcript lines 2)", "action item"));
    }

    @Test
    void anAcceptedSummaryIsAddedToTheMinutes() {
        Team t = team(api);
        api.send("PUT", t.meeting() + "/minutes", bearer(t.pm()), fields("text", "Notes taken by hand.", "version", 0));
        Response imported = api.send("POST", t.meeting() + "/transcript", bearer(t.pm()), "text/plain", transcript(t));
        JsonNode summary = proposal(imported, "SUMMARY", "");

        Response accepted = api.post(t.pm().token(), proposalPath(t, summary, "accept"), fields("text", "Short summary.",
                "version", summary.get("version").asLong()));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(api.get(t.pm().token(), t.meeting()).text("minutes")).isEqualTo("Notes taken by hand.\n\nShort summary.");
    }

    @Test
    void aMultipartFileIsReadLikeAPlainBody() {
        Team t = team(api);
        HttpResponse<String> answer = multipart(t.pm(), t.meeting() + "/transcript", "file", "sync.vtt", "text/vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:04.000
                <v PM>We agreed to ship on Friday.
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(api.get(t.pm().token(), t.meeting() + "/transcript").text("format")).isEqualTo("WEBVTT");
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheLineAndNothingIsStored() {
        Team t = team(api);
        long audit = api.auditHead();

        Response unknown = api.send("POST", t.meeting() + "/transcript", bearer(t.pm()), "text/plain",
                "\n\nThis is just prose without speakers.\nMore prose.\n");
        Response badSrt = api.send("POST", t.meeting() + "/transcript", bearer(t.pm()), "application/x-subrip",
                "1\n00:00:01,000 --> 00:00:02,000\nHello\n\n2\nnot a timing\nBye\n");
        Response namedWrongly = api.post(t.pm().token(), t.meeting() + "/transcript", fields("text", "A: b", "format", "docx"));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.detail()).contains("line 3");
        assertThat(badSrt.status()).isEqualTo(400);
        assertThat(badSrt.detail()).contains("line 6", "cue timing");
        assertThat(namedWrongly.status()).isEqualTo(400);
        assertThat(namedWrongly.detail()).contains("format");
        nothingStored(t, audit);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheLineAndNothingIsStored() {
        Team t = team(api);
        long audit = api.auditHead();
        ByteArrayOutputStream gbk = new ByteArrayOutputStream();
        gbk.writeBytes("PM: fine\nPM: ".getBytes(StandardCharsets.UTF_8));
        gbk.writeBytes("决定".getBytes(java.nio.charset.Charset.forName("GBK")));

        HttpResponse<String> answer = multipart(t.pm(), t.meeting() + "/transcript", "file", "gbk.txt", "text/plain",
                gbk.toByteArray());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("line 2", "UTF-8");
        nothingStored(t, audit);
    }

    @Test
    void withoutAProviderARecordingIsRefusedAndNothingIsStored() {
        Team t = team(api);
        long audit = api.auditHead();

        HttpResponse<String> answer = multipart(t.pm(), t.meeting() + "/recording", "file", "a.wav", "audio/wav",
                VoiceFixtures.wav());

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("tandem.minutes.speech");
        assertThat(api.get(t.pm().token(), t.meeting() + "/transcript").json().get("recording").isNull()).isTrue();
        assertThat(api.get(t.pm().token(), t.meeting() + "/transcript").json().get("speechConfigured").asBoolean()).isFalse();
        assertThat(api.auditActionsAfter(audit)).isEmpty();
    }

    @Test
    void someoneOutsideTheProjectSeesNothing() {
        Team t = team(api);
        Response imported = api.send("POST", t.meeting() + "/transcript", bearer(t.pm()), "text/plain", transcript(t));
        JsonNode decision = proposal(imported, "DECISION", "PostgreSQL");
        Person stranger = api.newPerson();

        assertThat(api.get(stranger.token(), t.meeting() + "/transcript").status()).isEqualTo(404);
        assertThat(api.get(stranger.token(), t.meeting() + "/proposals").status()).isEqualTo(404);
        assertThat(api.send("POST", t.meeting() + "/transcript", bearer(stranger), "text/plain", transcript(t)).status())
                .isEqualTo(404);
        assertThat(api.post(stranger.token(), proposalPath(t, decision, "accept"), fields("version", 0)).status())
                .isEqualTo(404);
        assertThat(api.get(t.pm().token(), t.meeting() + "/proposals").json().findValuesAsString("status"))
                .containsOnly("PENDING");
    }

    private void nothingStored(Team t, long audit) {
        JsonNode view = api.get(t.pm().token(), t.meeting() + "/transcript").json();
        assertThat(view.get("lines")).isEmpty();
        assertThat(view.get("proposals")).isEmpty();
        assertThat(view.get("format").isNull()).isTrue();
        assertThat(api.auditActionsAfter(audit)).isEmpty();
    }

    static JsonNode proposal(Response view, String kind, String containing) {
        for (JsonNode p : view.json().get("proposals")) {
            if (p.get("kind").asString().equals(kind) && p.get("text").asString().contains(containing)) {
                return p;
            }
        }
        throw new AssertionError("no " + kind + " proposal with '" + containing + "' in " + view);
    }

    private static String proposalPath(Team t, JsonNode proposal, String action) {
        return t.meeting() + "/proposals/" + proposal.get("id").asLong() + "/" + action;
    }

    private static String bearer(Person p) {
        return "Bearer " + p.token();
    }

    HttpResponse<String> multipart(Person who, String path, String part, String filename, String type, byte[] content) {
        return VoiceFixtures.multipart(port, who.token(), path, part, filename, type, content);
    }
}
