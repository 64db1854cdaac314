package dev.tandem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The notifications page under a person's account and a project's chat-channels page, in both languages. */
@TandemIntegrationTest
class NotificationPagesIntegrationTests {

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void aPersonUnticksABoxAndSetsQuietHoursOnTheirNotificationsPage() {
        Person person = api.newPerson();
        PageSession browser = PageSession.signedIn(port, person.username(), person.password());

        var page = browser.get("/account/notifications", "Accept-Language", "en");
        var account = browser.get("/account");
        // every box ticked but the e-mail of delay-risk warnings
        var saved = browser.post("/account/notifications", Map.of(
                "inbox", List.of("change-request-waiting", "delay-risk", "action-item-assigned"),
                "email", List.of("change-request-waiting", "action-item-assigned"),
                "quietFrom", "22:00", "quietUntil", "07:00", "version", "0"));
        var stale = browser.post("/account/notifications", Map.of("quietFrom", "", "quietUntil", "", "version", "0"));
        var oneSided = browser.post("/account/notifications", Map.of("quietFrom", "22:00", "quietUntil", "",
                "version", "1"));
        browser.post("/locale", Map.of("lang", "zh-CN"), "Referer", browser.base() + "/account/notifications");
        var chinese = browser.get("/account/notifications");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"preference-grid\"", "Delay-risk warning", "Quiet hours")
                .doesNotContain("id=\"email-off\"");
        assertThat(account.body()).contains("href=\"/account/notifications\"");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(oneSided.status()).isEqualTo(400);
        assertThat(chinese.body()).contains("延期风险预警", "免打扰时段", "22:00");
        JsonNode prefs = api.get(person.token(), "/api/v1/me/notification-preferences").json();
        assertThat(prefs.get("quietFrom").asString()).startsWith("22:00");
        for (JsonNode c : prefs.get("choices")) {
            assertThat(c.get("inbox").asBoolean()).isTrue();
            assertThat(c.get("email").asBoolean()).isEqualTo(!c.get("kind").asString().equals("delay-risk"));
        }
    }

    @Test
    void aPmAddsAChatChannelFromThePageAndAnEngineerGetsNoPage() {
        var p = api.projectWithItem();
        PageSession browser = PageSession.signedIn(port, p.pm().username(), p.pm().password());
        String base = "/projects/" + p.project() + "/chat-channels";

        var empty = browser.get(base, "Accept-Language", "en");
        var refused = browser.post(base, Map.of("name", "Team", "provider", "SLACK", "url", "ftp://127.0.0.1/",
                "kinds", List.of("delay-risk")));
        var added = browser.post(base, Map.of("name", "Team room", "provider", "FEISHU",
                "url", "http://127.0.0.1:9/open-apis/bot/v2/hook/secret-part", "secret", "s3cret",
                "kinds", List.of("delay-risk", "change-request-decided"), "language", "zh-CN"));
        browser.post("/locale", Map.of("lang", "zh-CN"), "Referer", browser.base() + base);
        var chinese = browser.get(base);
        Person engineer = api.newPerson();
        api.addMember(p.project(), engineer.username(), "ENGINEER");
        var forEngineer = PageSession.signedIn(port, engineer.username(), engineer.password()).get(base);

        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("No chat channels yet.", "Feishu / Lark", "href=\"" + base + "\"");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(added.status()).isEqualTo(302);
        assertThat(chinese.body()).contains("Team room", "飞书 / Lark", "延期风险预警", "已签名", "http://127.0.0.1:9/…")
                .doesNotContain("secret-part", "s3cret");
        assertThat(forEngineer.status()).isEqualTo(403);
    }
}
