package dev.tandem.delivery;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import dev.tandem.delivery.internal.DeliveryProcessor;

/**
 * A service's history sent as deliveries, ten days ago from T (UTC, to the hour):
 * <pre>
 * T+0h  commit A on main        T+2h commit B on main
 * T+12h deployment D1 to production (changes A: 12 h, B: 10 h)
 * T+13h incident I1 opened, resolved T+15h (2 h): D1 failed
 * T+20h deployment to staging (not production: not counted)
 * T+48h deployment D2 to production (no new changes)
 * </pre>
 * Over 90 days: 2 deployments (2 / (90 / 7) = 0.16 a week: low), lead time median 11 h (elite), change failure rate
 * 1 of 2 (low), time to restore 2 h (high).
 */
@TandemIntegrationTest
class DoraIntegrationTests {

    @Autowired
    Api api;
    @Autowired
    DeliveryProcessor processor;
    @LocalServerPort
    int port;

    @Test
    void theMetricsOfAServiceSentAsDeliveriesWithTheirDrillDown() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        String item = api.newItem(pm.token(), project, "task", "Refunds");
        String feature = api.newItem(pm.token(), project, "feature", "Payments");
        Hooks hooks = new Hooks(port);
        Instant t = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(10, ChronoUnit.DAYS);
        JsonNode github = integration(pm, project, "github");
        JsonNode ci = integration(pm, project, "generic");

        String push = api.json().writeValueAsString(Map.of("ref", "refs/heads/main", "after", "b".repeat(40),
                "repository", Map.of("full_name", "acme/api", "default_branch", "main"),
                "commits", List.of(commit("a".repeat(40), item + " first", t), commit("b".repeat(40), feature + " second",
                        t.plus(2, ChronoUnit.HOURS)))));
        send(hooks, github, "github", "push", push);
        send(hooks, ci, "generic", "deployment", deployment("D1", "production", t.plus(12, ChronoUnit.HOURS)));
        send(hooks, ci, "generic", "incident", api.json().writeValueAsString(Map.of("id", "I1", "service", "acme/api",
                "title", "Refunds fail", "status", "resolved", "opened_at", t.plus(13, ChronoUnit.HOURS).toString(),
                "resolved_at", t.plus(15, ChronoUnit.HOURS).toString())));
        send(hooks, ci, "generic", "deployment", deployment("S1", "staging", t.plus(20, ChronoUnit.HOURS)));
        send(hooks, ci, "generic", "deployment", deployment("D2", "production", t.plus(48, ChronoUnit.HOURS)));
        processor.processPending();

        Response dora = api.get(pm.token(), "/api/v1/projects/" + project + "/dora");
        assertThat(dora.status()).as("%s", dora).isEqualTo(200);
        JsonNode r = dora.json();
        assertThat(r.get("bandSource").asString()).contains("2023");
        assertThat(r.get("deploymentFrequency").get("count").asInt()).isEqualTo(2);
        assertThat(r.get("deploymentFrequency").get("value").asDouble()).isEqualTo(0.16);
        assertThat(r.get("deploymentFrequency").get("band").asString()).isEqualTo("low");
        assertThat(r.get("leadTime").get("value").asDouble()).isEqualTo(11.0);
        assertThat(r.get("leadTime").get("count").asInt()).isEqualTo(2);
        assertThat(r.get("leadTime").get("band").asString()).isEqualTo("elite");
        assertThat(r.get("changeFailureRate").get("value").asDouble()).isEqualTo(0.5);
        assertThat(r.get("changeFailureRate").get("band").asString()).isEqualTo("low");
        assertThat(r.get("timeToRestore").get("value").asDouble()).isEqualTo(2.0);
        assertThat(r.get("timeToRestore").get("band").asString()).isEqualTo("high");
        // newest first; D1 carried both commits and was failed by the incident
        JsonNode deployments = r.get("deployments");
        assertThat(deployments.get(0).get("id").asString()).isEqualTo("D2");
        assertThat(deployments.get(1).get("id").asString()).isEqualTo("D1");
        assertThat(deployments.get(1).get("failedBy").asString()).isEqualTo("I1");
        assertThat(deployments.get(1).get("changes").get(0).get("leadHours").asDouble()).isEqualTo(12.0);
        assertThat(deployments.get(1).get("changes").get(1).get("leadHours").asDouble()).isEqualTo(10.0);
        assertThat(r.get("incidents").get(0).get("deployment").asString()).isEqualTo("D1");
        assertThat(r.get("weeks").size()).isEqualTo(13);
        assertThat(r.get("services").get(0).asString()).isEqualTo("acme/api");

        Response service = api.get(pm.token(), "/api/v1/projects/" + project + "/dora?service=acme/api&days=30");
        assertThat(service.json().get("deploymentFrequency").get("count").asInt()).isEqualTo(2);
        assertThat(api.get(pm.token(), "/api/v1/projects/" + project + "/dora?service=nothing").status()).isEqualTo(404);
        assertThat(api.get(pm.token(), "/api/v1/projects/" + project + "/dora?days=3").status()).isEqualTo(400);

        // the weekly sync carries the same figures
        JsonNode sync = api.get(pm.token(), "/api/v1/projects/" + project + "/sync-report").json().get("delivery").get(0);
        assertThat(sync.get("deployments").asInt()).isEqualTo(2);
        assertThat(sync.get("leadHours").asDouble()).isEqualTo(11.0);
        assertThat(sync.get("failureRateBand").asString()).isEqualTo("low");
        assertThat(api.markdown(pm.token(), "/api/v1/projects/" + project + "/sync-report"))
                .contains("## Delivery (DORA, last 90 days)").contains("lead time: 11.0 h (elite)").contains("Change failure rate: 50.0 % (low)");

        // the pages draw the same numbers, the trend and the item's development
        PageSession pages = PageSession.signedIn(port, pm.username(), pm.password());
        PageSession.Page page = pages.get("/projects/" + project + "/dora");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("dora-trend-frequency").contains("I1").contains("2023");
        assertThat(pages.get("/projects/" + project + "/integrations").body()).contains("/api/v1/hooks/");
        assertThat(pages.get("/projects/" + project + "/deliveries").body()).contains("deliveries").contains("processed");
        assertThat(pages.get("/items/" + item).body()).contains("id=\"development\"").contains("production");
        assertThat(pages.get("/projects/" + project + "/board").body()).contains("dev-deployed");
        // the scorecard shows what was measured of the feature beside its hand scores
        assertThat(api.post(pm.token(), "/api/v1/projects/" + project + "/scorecards", fields("item", feature,
                "feasibility", 4, "feasibilityRationale", "known", "scalability", 3, "scalabilityRationale", "one region",
                "maintainability", 4, "maintainabilityRationale", "small", "risk", 2, "riskRationale", "low")).status())
                .isEqualTo(201);
        assertThat(pages.get("/projects/" + project + "/scorecards").body()).contains("class=\"measured\"")
                .contains("0 PRs merged, 0 builds (0 failed)").contains("dev-mark dev-deployed");
    }

    @Test
    void aStakeholderReadsTheMetricsButNeitherIntegrationsNorDeliveries() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person stakeholder = api.newPerson();
        api.addMember(project, stakeholder.username(), "STAKEHOLDER");

        assertThat(api.get(stakeholder.token(), "/api/v1/projects/" + project + "/dora").status()).isEqualTo(200);
        assertThat(api.get(stakeholder.token(), "/api/v1/projects/" + project + "/integrations").status()).isEqualTo(403);
        assertThat(api.get(stakeholder.token(), "/api/v1/projects/" + project + "/deliveries").status()).isEqualTo(403);
        PageSession pages = PageSession.signedIn(port, stakeholder.username(), stakeholder.password());
        assertThat(pages.get("/projects/" + project + "/dora").status()).isEqualTo(200);
        assertThat(pages.get("/projects/" + project + "/integrations").status()).isEqualTo(403);
    }

    @Test
    void aBadIntegrationIsRefusedAndAStaleVersionConflicts() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        String base = "/api/v1/projects/" + project + "/integrations";

        Response unknown = api.post(pm.token(), base, fields("name", "X", "provider", "svn"));
        Response noStatus = api.post(pm.token(), base, fields("name", "X", "provider", "github", "doneStatus", "Shipped"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(noStatus.status()).isEqualTo(400);
        assertThat(api.get(pm.token(), base).json().size()).isZero();

        long id = integration(pm, project, "gitlab").get("id").asLong();
        assertThat(api.patch(pm.token(), base + "/" + id, fields("name", "GitLab", "version", 0)).status()).isEqualTo(200);
        Response stale = api.patch(pm.token(), base + "/" + id, fields("name", "Other", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.get(pm.token(), base + "/" + id).text("name")).isEqualTo("GitLab");
    }

    private JsonNode integration(Person pm, String project, String provider) {
        Response created = api.post(pm.token(), "/api/v1/projects/" + project + "/integrations",
                fields("name", provider + " of " + project, "provider", provider));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        ((tools.jackson.databind.node.ObjectNode) created.json().get("integration")).put("secret", created.text("secret"));
        return created.json().get("integration");
    }

    private static Map<String, Object> commit(String sha, String message, Instant at) {
        return Map.of("id", sha, "message", message, "timestamp", at.toString());
    }

    private String deployment(String id, String environment, Instant finished) {
        return api.json().writeValueAsString(Map.of("repository", "acme/api", "id", id, "environment", environment,
                "status", "success", "version", "v-" + id, "finished_at", finished.toString()));
    }

    private static void send(Hooks hooks, JsonNode integration, String provider, String event, String body) {
        Response r = hooks.send(provider, integration.get("payloadPath").asString(), integration.get("secret").asString(),
                event, body);
        assertThat(r.status()).as("%s: %s", event, r).isEqualTo(202);
    }
}
