package dev.tandem.meeting;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.LiveStream;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The meetings pages in both languages: scheduling, minutes with a stale save, action items, the downloads. */
@TandemIntegrationTest
class MeetingPagesIntegrationTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void thePmSchedulesAWeeklySyncAndRecordsMinutesADecisionAndAnActionItemInChinese() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person engineer = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        PageSession browser = PageSession.signedIn(port, pm.username(), pm.password());
        browser.post("/locale", Map.of("lang", "zh-CN"), "Referer", browser.base() + "/");

        var list = browser.get("/projects/" + project + "/meetings");
        var scheduled = browser.post("/projects/" + project + "/meetings", Map.of("kind", "WEEKLY_SYNC",
                "title", "项目-工程周同步会", "date", "2027-01-04", "time", "10:00", "timeZone", "Asia/Shanghai",
                "durationMinutes", "60", "recurrence", "WEEKLY", "attendees", engineer.username(),
                "guests", "审计员 <auditor@partner.example>"));
        String meeting = scheduled.location().replaceFirst("^https?://[^/]+", "");
        var page = browser.get(meeting);
        var minutes = browser.post(meeting + "/minutes", Map.of("minutes", "讨论了**上线**计划", "version", "0"));
        var decision = browser.post(meeting + "/decisions", Map.of("text", "两周后上线"));
        var action = browser.post(meeting + "/actions", Map.of("title", "准备上线检查单", "owner", engineer.username(),
                "due", "2027-01-08"));
        var after = browser.get(meeting);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("安排会议", "项目-工程周同步会", "aria-current=\"page\"");
        assertThat(scheduled.status()).isEqualTo(302);
        assertThat(meeting).matches("/projects/" + project + "/meetings/\\d+");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("议程", "里程碑与基线对比", "审计员", "嘉宾", "invite.ics", "minutes.md");
        assertThat(minutes.status()).isEqualTo(302);
        assertThat(decision.status()).isEqualTo(302);
        assertThat(action.status()).isEqualTo(302);
        assertThat(after.body()).contains("<strong>上线</strong>", "两周后上线", "准备上线检查单", "转为工作项");
        assertThat(browser.get("/projects/" + project + "/meetings").body()).contains(">1<");
    }

    @Test
    void theOrganiserChangesAMeetingsDetailsOnItsPageUnderItsVersion() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person engineer = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        long id = api.post(pm.token(), "/api/v1/projects/" + project + "/meetings", fields("kind", "review_board",
                "title", "Design review", "start", "2027-01-05T15:00", "timeZone", "UTC", "durationMinutes", 30,
                "attendees", List.of(engineer.username()))).number("id");
        String meeting = "/projects/" + project + "/meetings/" + id;
        String version = String.valueOf(api.get(pm.token(), "/api/v1" + meeting).number("version"));
        PageSession browser = PageSession.signedIn(port, pm.username(), pm.password());

        var form = browser.get(meeting, "Accept-Language", "en");
        var changed = browser.post(meeting + "/details", Map.of("title", "Design review (moved)", "date", "2027-01-07",
                "time", "09:30", "timeZone", "Asia/Shanghai", "durationMinutes", "45", "recurrence", "NONE",
                "guests", "Auditor <auditor@partner.example>", "version", version));
        var stale = browser.post(meeting + "/details", Map.of("title", "Lost", "date", "2027-02-01", "time", "09:00",
                "timeZone", "UTC", "durationMinutes", "30", "recurrence", "NONE", "version", version),
                "Accept-Language", "en");
        var after = api.get(pm.token(), "/api/v1" + meeting);

        assertThat(form.body()).contains("Change the details", "value=\"Design review\"", "value=\"2027-01-05\"",
                "value=\"15:00\"", "checked=\"checked\"");
        assertThat(changed.status()).isEqualTo(302);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Design review (moved)");
        assertThat(after.text("title")).isEqualTo("Design review (moved)");
        assertThat(after.text("start")).isEqualTo("2027-01-07T09:30:00+08:00");
        assertThat(after.number("durationMinutes")).isEqualTo(45);
        assertThat(after.texts("attendees", "name")).containsExactly("Auditor");
        assertThat(after.text("kind")).isEqualTo("REVIEW_BOARD");
    }

    @Test
    void aStaleMinutesSaveShowsBothVersionsAndKeepsTheSavedOne() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        long id = api.post(pm.token(), "/api/v1/projects/" + project + "/meetings", fields("kind", "other",
                "title", "Design review", "start", "2027-01-05T15:00", "timeZone", "UTC", "durationMinutes", 30)).number("id");
        String meeting = "/projects/" + project + "/meetings/" + id;
        api.send("PUT", "/api/v1" + meeting + "/minutes", "Bearer " + pm.token(), fields("text", "Saved first", "version", 0));
        PageSession browser = PageSession.signedIn(port, pm.username(), pm.password());

        var stale = browser.post(meeting + "/minutes", Map.of("minutes", "Written meanwhile", "version", "0"),
                "Accept-Language", "en");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("id=\"minutes-conflict\"", "Saved first", "Written meanwhile",
                "Someone saved the minutes while you were writing");
        assertThat(api.get(pm.token(), "/api/v1" + meeting).text("minutes")).isEqualTo("Saved first");
    }

    @Test
    void savedMinutesReachEveryoneWhoHasTheMeetingOpen() throws Exception {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person engineer = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        long id = api.post(pm.token(), "/api/v1/projects/" + project + "/meetings", fields("kind", "standup",
                "title", "Stand-up", "start", "2027-01-05T09:30", "timeZone", "UTC", "durationMinutes", 15)).number("id");
        String meeting = "/projects/" + project + "/meetings/" + id;
        PageSession browser = PageSession.signedIn(port, engineer.username(), engineer.password());
        assertThat(browser.get(meeting).body()).contains("data-view-url=\"" + meeting + "/minutes-view\"",
                "data-events-url=\"/projects/" + project + "/events\"", "/js/meeting-");
        LiveStream stream = LiveStream.withToken(port, project, engineer.token());
        try {
            assertThat(stream.awaitReady(Duration.ofSeconds(10))).as("the stream opened").isTrue();

            api.send("PUT", "/api/v1" + meeting + "/minutes", "Bearer " + pm.token(), fields("text", "Deploy on *Friday*",
                    "version", 0));

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (stream.lines().stream().noneMatch(l -> l.contains("meeting.minutes-edited")) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(stream.lines()).anySatisfy(line -> assertThat(line).contains("\"action\":\"meeting.minutes-edited\"",
                    "\"actor\":\"" + pm.username() + "\""));
        } finally {
            stream.close();
        }
        var view = browser.get(meeting + "/minutes-view");
        assertThat(view.body()).contains("id=\"minutes-view\"", "data-version=\"1\"", "<em>Friday</em>")
                .doesNotContain("<html");
    }

    @Test
    void badFormsAreRefusedWithTheReasonAndOutsidersSeeNothing() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person outsider = api.newPerson();
        long id = api.post(pm.token(), "/api/v1/projects/" + project + "/meetings", fields("kind", "other",
                "title", "Secret planning", "start", "2027-01-05T15:00", "timeZone", "UTC", "durationMinutes", 30,
                "attendees", List.of())).number("id");
        PageSession browser = PageSession.signedIn(port, pm.username(), pm.password());
        PageSession stranger = PageSession.signedIn(port, outsider.username(), outsider.password());

        var badZone = browser.post("/projects/" + project + "/meetings", Map.of("kind", "OTHER", "title", "Chat",
                "date", "2027-01-04", "time", "10:00", "timeZone", "Moon/Base", "durationMinutes", "30"), "Accept-Language", "en");
        var badDate = browser.post("/projects/" + project + "/meetings", Map.of("kind", "OTHER", "title", "Chat",
                "date", "04.01.2027", "time", "10:00", "timeZone", "UTC", "durationMinutes", "30"), "Accept-Language", "en");
        var badOwner = browser.post("/projects/" + project + "/meetings/" + id + "/actions", Map.of("title", "Call",
                "owner", outsider.username()), "Accept-Language", "en");

        assertThat(badZone.status()).isEqualTo(400);
        assertThat(badZone.body()).contains("Moon/Base");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("2027-01-04");
        assertThat(badOwner.status()).isEqualTo(400);
        assertThat(badOwner.body()).contains("is not a member of " + project);
        assertThat(api.get(pm.token(), "/api/v1/projects/" + project + "/meetings").json()).hasSize(1);
        for (String path : List.of("/projects/" + project + "/meetings", "/projects/" + project + "/meetings/" + id,
                "/projects/" + project + "/meetings/" + id + "/invite.ics",
                "/projects/" + project + "/meetings/" + id + "/minutes.md")) {
            var answer = stranger.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("Secret planning");
        }
        assertThat(browser.get("/projects/" + project + "/meetings/" + id + "/invite.ics").body())
                .contains("BEGIN:VCALENDAR", "Secret planning");
    }
}
