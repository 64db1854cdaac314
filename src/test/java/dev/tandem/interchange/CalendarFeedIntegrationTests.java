package dev.tandem.interchange;

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

/** A person's calendar feed at a secret address: its content, and that making it anew or revoking it ends the old one. */
@TandemIntegrationTest
class CalendarFeedIntegrationTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void theFeedAnswersWithoutASessionWithMilestonesSprintsMeetingsAndTheOwnDueItems() {
        var p = api.projectWithItem();
        Person engineer = api.newPerson();
        api.addMember(p.project(), engineer.username(), "ENGINEER");
        String mine = api.newItem(p.pm().token(), p.project(), Map.of("type", "task", "title", "Write the runbook",
                "assignee", engineer.username(), "dueDate", "2027-02-26")).get("key").asText();
        String theirs = api.newItem(p.pm().token(), p.project(), Map.of("type", "task", "title", "Someone else's",
                "dueDate", "2027-02-27")).get("key").asText();
        api.newItem(p.pm().token(), p.project(), Map.of("type", "milestone", "title", "Go live"));
        assertThat(api.post(p.pm().token(), "/api/v1/projects/" + p.project() + "/sprints", Map.of("name", "Sprint 7",
                "startDate", "2027-02-15", "endDate", "2027-02-26")).status()).isEqualTo(201);
        assertThat(api.post(p.pm().token(), "/api/v1/projects/" + p.project() + "/meetings", Map.of("kind", "other",
                "title", "Launch review", "start", "2027-02-24T10:00", "timeZone", "UTC", "durationMinutes", 45))
                .status()).isEqualTo(201);

        Response made = api.post(engineer.token(), "/api/v1/me/calendar-feed", Map.of());
        String path = made.text("url").substring(made.text("url").indexOf("/feeds/"));
        Response feed = api.send("GET", path, null, null);

        assertThat(made.status()).isEqualTo(201);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("UID:due-" + mine + "@tandem",
                "Due: " + mine + " Write the runbook", "DTSTART;VALUE=DATE:20270226", "Sprint 7",
                "DTSTART;VALUE=DATE:20270215", "DTEND;VALUE=DATE:20270227", "Launch review", "DTSTART:20270224T100000Z",
                "Go live").doesNotContain(theirs);
    }

    @Test
    void makingTheAddressAnewOrRevokingItEndsTheOldOneAndOnlyAHashIsKept() {
        Person person = api.newPerson();
        String first = path(api.post(person.token(), "/api/v1/me/calendar-feed", Map.of()));
        assertThat(api.send("GET", first, null, null).status()).isEqualTo(200);

        String second = path(api.post(person.token(), "/api/v1/me/calendar-feed", Map.of()));
        Response old = api.send("GET", first, null, null);
        Response current = api.send("GET", second, null, null);
        String secret = second.substring("/feeds/".length(), second.length() - ".ics".length());
        long stored = api.jdbc().queryForObject("select count(*) from interchange_feed_token where token_hash = ?",
                Long.class, secret);
        Response revoked = api.delete(person.token(), "/api/v1/me/calendar-feed");
        Response afterRevoke = api.send("GET", second, null, null);
        Response revokedAgain = api.delete(person.token(), "/api/v1/me/calendar-feed");

        assertThat(old.status()).isEqualTo(404);
        assertThat(current.status()).isEqualTo(200);
        assertThat(stored).isZero();
        assertThat(revoked.status()).isEqualTo(204);
        assertThat(afterRevoke.status()).isEqualTo(404);
        assertThat(revokedAgain.status()).isEqualTo(404);
        assertThat(api.send("GET", "/feeds/not-a-secret.ics", null, null).status()).isEqualTo(404);
    }

    @Test
    void theAccountPageMakesAndRevokesTheAddressInEnglishAndChinese() {
        Person person = api.newPerson();
        PageSession browser = PageSession.signedIn(port, person.username(), person.password());

        var account = browser.get("/account", "Accept-Language", "en");
        var made = browser.post("/account/calendar-feed", Map.of());
        var revoked = browser.post("/account/calendar-feed/revoke", Map.of());
        browser.post("/locale", Map.of("lang", "zh-CN"), "Referer", browser.base() + "/account/calendar-feed");
        var chinese = browser.get("/account/calendar-feed");

        assertThat(account.body()).contains("id=\"calendar-feed-link\"");
        assertThat(made.status()).isEqualTo(200);
        assertThat(made.body()).contains("Your calendar feed address is ready.", "/feeds/");
        assertThat(revoked.status()).isEqualTo(302);
        assertThat(chinese.body()).contains("日历订阅", "你还没有订阅地址。");
    }

    static String path(Response made) {
        assertThat(made.status()).isEqualTo(201);
        return made.text("url").substring(made.text("url").indexOf("/feeds/"));
    }
}
