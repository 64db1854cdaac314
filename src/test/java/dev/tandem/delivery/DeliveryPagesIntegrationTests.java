package dev.tandem.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The integrations page: a new secret shown once, rules saved, a stale save refused with 409, removal. */
@TandemIntegrationTest
class DeliveryPagesIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("id=\"new-secret-value\">([0-9a-f]{64})<");

    @Autowired
    Api api;
    @LocalServerPort
    int port;

    @Test
    void anIntegrationIsSetUpWithItsSecretShownOnceThenChangedAndRemoved() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        PageSession pages = PageSession.signedIn(port, pm.username(), pm.password());
        String base = "/projects/" + project + "/integrations";
        pages.get(base);

        PageSession.Page created = pages.post(base, Map.of("name", "Gitea", "provider", "gitea",
                "productionEnvironment", "prod"));
        assertThat(created.status()).isEqualTo(200);
        Matcher secret = SECRET.matcher(created.body());
        assertThat(secret.find()).as(created.body()).isTrue();
        PageSession.Page again = pages.get(base);
        assertThat(again.body()).contains("Gitea").doesNotContain(secret.group(1)).doesNotContain("new-secret-value");
        long id = api.get(pm.token(), "/api/v1/projects/" + project + "/integrations").json().get(0).get("id").asLong();

        PageSession.Page saved = pages.post(base + "/" + id, Map.of("name", "Gitea receipts",
                "productionEnvironment", "prod", "reviewStatus", "In review", "doneStatus", "Done", "enabled", "true",
                "version", "0"));
        assertThat(saved.status()).isEqualTo(302);
        PageSession.Page stale = pages.post(base + "/" + id, Map.of("name", "Other", "productionEnvironment", "prod",
                "version", "0"));
        assertThat(stale.status()).isEqualTo(409);
        var stored = api.get(pm.token(), "/api/v1/projects/" + project + "/integrations/" + id);
        assertThat(stored.text("name")).isEqualTo("Gitea receipts");
        assertThat(stored.text("reviewStatus")).isEqualTo("In review");
        assertThat(stored.text("doneStatus")).isEqualTo("Done");

        assertThat(pages.post(base + "/" + id + "/delete", Map.of("version", "1")).status()).isEqualTo(302);
        assertThat(api.get(pm.token(), "/api/v1/projects/" + project + "/integrations").json().size()).isZero();
    }
}
