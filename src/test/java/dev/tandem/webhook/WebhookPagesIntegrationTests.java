package dev.tandem.webhook;

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

/** The webhooks pages: adding one shows its secret once, deliveries with a redeliver button, both languages. */
@TandemIntegrationTest
class WebhookPagesIntegrationTests {

    private static final String URL = "http://127.0.0.1:9/page-hook";

    @Autowired
    Api api;

    @LocalServerPort
    int port;

    @Test
    void aPmAddsAWebhookSeesTheSecretOnceAndRedeliversFromThePage() {
        var p = api.projectWithItem();
        PageSession browser = PageSession.signedIn(port, p.pm().username(), p.pm().password());
        String base = "/projects/" + p.project() + "/webhooks";

        var empty = browser.get(base, "Accept-Language", "en");
        var refused = browser.post(base, Map.of("url", "gopher://127.0.0.1/", "events", List.of("item.created")));
        var added = browser.post(base, Map.of("url", URL, "description", "Chat bridge",
                "events", List.of("item.created", "change.decided")));
        var first = browser.get(added.location().replace(browser.base(), ""));
        var again = browser.get(added.location().replace(browser.base(), ""));
        api.newItem(p.pm().token(), p.project(), "task", "Shown as a delivery");
        var withDelivery = browser.get(added.location().replace(browser.base(), ""));
        String id = added.location().substring(added.location().lastIndexOf('/') + 1);
        String delivery = api.get(p.pm().token(), "/api/v1/projects/" + p.project() + "/webhooks/" + id + "/deliveries")
                .json().get(0).get("id").asString();
        var redelivered = browser.post(base + "/" + id + "/deliveries/" + delivery + "/redeliver", Map.of());
        var attempts = browser.get(base + "/" + id + "?delivery=" + delivery);
        browser.post("/locale", Map.of("lang", "zh-CN"), "Referer", browser.base() + base);
        var chinese = browser.get(base);

        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("No webhooks yet.", "Item status changed (item.status-changed)",
                "href=\"" + base + "\"");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("must start with http:// or https://");
        assertThat(added.status()).isEqualTo(302);
        assertThat(first.body()).contains("Copy this secret now", "whsec_");
        assertThat(again.body()).doesNotContain("whsec_");
        assertThat(withDelivery.body()).contains("id=\"delivery-list\"", "item.created", "Waiting", "Redeliver");
        assertThat(redelivered.status()).isEqualTo(302);
        assertThat(attempts.body()).contains("id=\"delivery-attempts\"", "Not attempted yet.");
        assertThat(chinese.body()).contains("本项目的 Webhook", URL, "Chat bridge", "工作项已创建");
    }

    @Test
    void anEngineerGetsNoWebhooksPageAndNoSidebarEntry() {
        var p = api.projectWithItem();
        Person engineer = api.newPerson();
        api.addMember(p.project(), engineer.username(), "ENGINEER");
        PageSession browser = PageSession.signedIn(port, engineer.username(), engineer.password());

        var page = browser.get("/projects/" + p.project() + "/webhooks");
        var overview = browser.get("/projects/" + p.project());

        assertThat(page.status()).isEqualTo(403);
        assertThat(overview.body()).doesNotContain("/projects/" + p.project() + "/webhooks");
    }
}
