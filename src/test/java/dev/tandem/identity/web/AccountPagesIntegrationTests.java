package dev.tandem.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The account page creates a token only for the password typed with the request, as the API does, and changes the
 * password only for the current one.
 */
@TandemIntegrationTest
class AccountPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Test
    void creatingATokenOnThePageNeedsThePassword() {
        Person eve = api.newPerson();
        var browser = new PageSession(port);
        browser.signIn(eve.username(), eve.password());
        browser.get("/account");

        var without = browser.post("/account/tokens", Map.of("name", "no-password", "expiresInDays", "366"));
        var wrong = browser.post("/account/tokens", Map.of("name", "wrong-password", "expiresInDays", "366",
                "password", "not-the-password"));
        var right = browser.post("/account/tokens", Map.of("name", "laptop", "expiresInDays", "30",
                "password", eve.password()));

        assertThat(without.status()).isEqualTo(400);
        assertThat(without.body()).doesNotContain("tdm_").contains("type your password to create a token");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).doesNotContain("tdm_").contains("the password is wrong");
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.body()).contains("tdm_");
        assertThat(api.get(eve.token(), "/api/v1/me/tokens").texts("", "name"))
                .containsExactlyInAnyOrder("tests", "laptop");
        assertThat(api.jdbc().queryForList("select action from audit_entry where actor = ? and action like 'signin.%'"
                + " order by seq", String.class, eve.username()))
                .as("the page's password check is a sign-in, audited and throttled like one")
                .endsWith("signin.failed", "signin.succeeded");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        Person eve = api.newPerson();
        var browser = new PageSession(port);
        browser.signIn(eve.username(), eve.password());
        browser.get("/account");
        String next = "a-brand-new-password-2";

        var without = browser.post("/account/password", Map.of("password", next, "confirmation", next));
        var wrong = browser.post("/account/password", Map.of("currentPassword", "not-the-password", "password", next,
                "confirmation", next));
        assertThat(without.status()).isEqualTo(400);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("the password is wrong");
        assertThat(new PageSession(port).signIn(eve.username(), next).location()).contains("/signin");

        var right = browser.post("/account/password", Map.of("currentPassword", eve.password(), "password", next,
                "confirmation", next));
        assertThat(right.status()).isEqualTo(302);
        assertThat(new PageSession(port).signIn(eve.username(), next).location()).doesNotContain("/signin");
    }

    @Test
    void timesFollowTheBrowsersZoneUntilThePersonChoosesOne() {
        Person eve = api.newPerson();
        Instant tokenCreated = api.jdbc().queryForObject("select t.created_at from access_token t join person p"
                + " on p.id = t.person_id where p.username = ?", Timestamp.class, eve.username()).toInstant();
        var browser = new PageSession(port);
        browser.signIn(eve.username(), eve.password());

        var fromBrowser = browser.get("/account", "Cookie", "tz=America/New_York");
        var chosen = browser.post("/account/time-zone", Map.of("timeZone", "Asia/Shanghai"));
        var afterChoosing = browser.get("/account", "Cookie", "tz=America/New_York");
        var nextSession = PageSession.signedIn(port, eve.username(), eve.password()).get("/account");

        assertThat(fromBrowser.body()).contains("Times are shown in America/New_York")
                .contains(minute(tokenCreated, "America/New_York"));
        assertThat(chosen.status()).isEqualTo(302);
        assertThat(afterChoosing.body()).contains("Times are shown in Asia/Shanghai")
                .contains(minute(tokenCreated, "Asia/Shanghai"));
        assertThat(nextSession.body()).as("the choice is kept with the person, not only in the session")
                .contains("Times are shown in Asia/Shanghai");

        browser.post("/account/time-zone", Map.of("timeZone", ""));
        assertThat(browser.get("/account", "Cookie", "tz=Europe/Berlin").body())
                .contains("Times are shown in Europe/Berlin");
    }

    @Test
    void anUnknownTimeZoneIsRefusedAndChangesNothing() {
        Person eve = api.newPerson();
        var browser = new PageSession(port);
        browser.signIn(eve.username(), eve.password());
        browser.post("/account/time-zone", Map.of("timeZone", "Asia/Shanghai"));

        var mars = browser.post("/account/time-zone", Map.of("timeZone", "Mars/Olympus_Mons"));

        assertThat(mars.status()).isEqualTo(400);
        assertThat(mars.body()).contains("‘Mars/Olympus_Mons’ is not a time zone");
        assertThat(api.jdbc().queryForObject("select time_zone from person where username = ?", String.class,
                eve.username())).isEqualTo("Asia/Shanghai");
    }

    /** How the page writes an instant to the minute in a zone. */
    private static String minute(Instant instant, String zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(instant.atZone(ZoneId.of(zone)));
    }
}
