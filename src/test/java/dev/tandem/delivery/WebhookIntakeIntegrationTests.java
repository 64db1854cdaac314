package dev.tandem.delivery;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.shared.Actor;
import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import dev.tandem.workitem.ItemDevelopment;
import dev.tandem.workitem.ItemDevelopment.Development;
import dev.tandem.workitem.ItemDevelopment.Link;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import dev.tandem.delivery.internal.DeliveryProcessor;

/**
 * Recorded deliveries of GitHub, GitLab and Gitea, in their documented formats and signed as each signs, sent to a
 * project's integrations over HTTP; the background reading is run by the test.
 */
@TandemIntegrationTest
class WebhookIntakeIntegrationTests {

    @Autowired
    Api api;
    @Autowired
    DeliveryProcessor processor;
    @Autowired
    ItemDevelopment development;
    @LocalServerPort
    int port;

    Hooks hooks;
    Person pm;
    String project;

    @BeforeEach
    void project() {
        hooks = new Hooks(port);
        pm = api.newPerson("PMO");
        project = api.newProject(pm.token());
        for (String title : new String[] {"Refunds", "Ledger", "Receipts"}) {
            api.newItem(pm.token(), project, "task", title);
        }
    }

    @Test
    void gitHubDeliveriesShowAnItemsBranchPullRequestBuildAndEnvironmentsAndMoveItByTheRules() {
        Setup github = integration("github", fields("name", "GitHub payments", "provider", "github",
                "reviewStatus", "In review", "doneStatus", "Done"));

        send(github, "push", "github/push.json");
        send(github, "pull_request", "github/pull_request_opened.json");
        send(github, "pull_request_review", "github/pull_request_review.json");
        send(github, "workflow_run", "github/workflow_run.json");
        processor.processPending();
        assertThat(status(item(1))).isEqualTo("In review");

        send(github, "deployment_status", "github/deployment_status_staging.json");
        send(github, "pull_request", "github/pull_request_merged.json");
        send(github, "deployment_status", "github/deployment_status.json");
        assertThat(processor.processPending()).isEqualTo(3);

        Development d = development.developmentOf(Actor.system(), item(1));
        assertThat(d.branches()).extracting(Link::title).containsExactly("feature/" + project + "-1-refunds");
        assertThat(d.pullRequests()).extracting(Link::title, Link::state, Link::href)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("#42 " + project + "-1 Refunds", "merged",
                        "https://github.com/acme/payments/pull/42"));
        assertThat(d.builds()).extracting(Link::title, Link::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(project + "-1 Refunds", "success"));
        // the staging deployment came before the merge, so it did not carry the change
        assertThat(d.environments()).extracting(Link::title, Link::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("production · v1.4.0", "production"));
        assertThat(status(item(1))).isEqualTo("Done");
        assertThat(development.marksOf(Actor.system(), project)).containsExactly(Map.entry(item(1), "deployed"));
        // the moves are the item's own history, by the system
        Response history = api.get(pm.token(), "/api/v1/items/" + item(1) + "/history");
        assertThat(history.body()).contains("In review").contains("Done").contains("system");
        assertThat(deliveries(github)).allSatisfy(s -> assertThat(s).isEqualTo("processed"));
    }

    @Test
    void gitLabDeliveriesShowAMergedRequestAFailedPipelineAndProduction() {
        Setup gitlab = integration("gitlab", fields("name", "GitLab ledger", "provider", "gitlab"));

        send(gitlab, "Push Hook", "gitlab/push.json");
        send(gitlab, "Merge Request Hook", "gitlab/merge_request.json");
        send(gitlab, "Pipeline Hook", "gitlab/pipeline.json");
        send(gitlab, "Deployment Hook", "gitlab/deployment.json");
        processor.processPending();

        Development d = development.developmentOf(Actor.system(), item(2));
        assertThat(d.branches()).extracting(Link::title).containsExactly(project + "-2-ledger");
        assertThat(d.pullRequests()).extracting(Link::title, Link::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("#7 Ledger entries", "merged"));
        assertThat(d.builds()).extracting(Link::state).containsExactly("failed");
        assertThat(d.environments()).extracting(Link::title).containsExactly("production · main");
        // no rules set: the item stays where it was
        assertThat(status(item(2))).isEqualTo("Backlog");
    }

    @Test
    void giteaDeliveriesShowAnOpenPullRequest() {
        Setup gitea = integration("gitea", fields("name", "Gitea receipts", "provider", "gitea"));

        send(gitea, "push", "gitea/push.json");
        send(gitea, "pull_request", "gitea/pull_request.json");
        processor.processPending();

        Development d = development.developmentOf(Actor.system(), item(3));
        assertThat(d.pullRequests()).extracting(Link::state).containsExactly("open");
        assertThat(d.branches()).extracting(Link::title).containsExactly(project + "-3-receipts");
        assertThat(d.environments()).isEmpty();
        assertThat(development.marksOf(Actor.system(), project)).containsEntry(item(3), "pr-open");
    }

    @Test
    void aWrongOrMissingSignatureIsRefusedAndNothingIsStored() {
        Setup github = integration("github", fields("name", "GitHub", "provider", "github"));
        String body = Hooks.recorded("github/push.json", project);

        Response wrong = hooks.send("github", github.path(), "not-the-secret", "push", body);
        Response missing = hooks.post(github.path(), Map.of("X-GitHub-Event", "push", "X-GitHub-Delivery", "d-1"),
                body.getBytes(StandardCharsets.UTF_8));
        Setup gitlab = integration("gitlab", fields("name", "GitLab", "provider", "gitlab"));
        Response wrongToken = hooks.send("gitlab", gitlab.path(), github.secret(), "Push Hook", body);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.isProblem()).isTrue();
        assertThat(missing.status()).isEqualTo(401);
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(stored()).isZero();
    }

    @Test
    void aReplayIsAnsweredWithoutBeingProcessedAgain() {
        Setup github = integration("github", fields("name", "GitHub", "provider", "github"));
        String body = Hooks.recorded("github/pull_request_opened.json", project);

        Response first = hooks.send("github", github.path(), github.secret(), "pull_request", "delivery-1", body);
        processor.processPending();
        Response replay = hooks.send("github", github.path(), github.secret(), "pull_request", "delivery-1", body);

        assertThat(first.status()).isEqualTo(202);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).contains("duplicate");
        assertThat(stored()).isEqualTo(1);
        assertThat(processor.processPending()).isZero();
    }

    @Test
    void anUnknownEventIsAcceptedAndIgnored() {
        Setup github = integration("github", fields("name", "GitHub", "provider", "github"));

        Response answer = hooks.send("github", github.path(), github.secret(), "star", "{\"action\":\"created\"}");
        processor.processPending();

        assertThat(answer.status()).isEqualTo(202);
        assertThat(deliveries(github)).containsExactly("ignored");
    }

    @Test
    void anOversizedPayloadIsRefusedAndNothingIsStored() {
        Setup github = integration("github", fields("name", "GitHub", "provider", "github"));
        String big = "{\"pad\":\"" + "x".repeat(1_048_576) + "\"}";

        Response answer = hooks.send("github", github.path(), github.secret(), "push", big);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(stored()).isZero();
    }

    @Test
    void aTurnedOffIntegrationIgnoresDeliveriesAndAnUnknownAddressIsNotFound() {
        Setup github = integration("github", fields("name", "GitHub", "provider", "github", "enabled", false));

        Response off = send(github, "push", "github/push.json");
        Response nowhere = hooks.send("github", "/api/v1/hooks/nothing-here", github.secret(), "push", "{}");

        assertThat(off.status()).isEqualTo(202);
        assertThat(off.body()).contains("ignored");
        assertThat(stored()).isZero();
        assertThat(nowhere.status()).isEqualTo(404);
    }

    @Test
    void aStoredDeliveryIsReadAgainOnRequestAndARotatedSecretReplacesTheOldOne() {
        Setup github = integration("github", fields("name", "GitHub", "provider", "github"));
        send(github, "pull_request", "github/pull_request_opened.json");
        processor.processPending();
        long id = api.get(pm.token(), "/api/v1/projects/" + project + "/deliveries").json().get(0).get("id").asLong();

        Response again = api.post(pm.token(), "/api/v1/projects/" + project + "/deliveries/" + id + "/reprocess", null);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.text("status")).isEqualTo("pending");
        assertThat(processor.processPending()).isEqualTo(1);
        assertThat(deliveries(github)).containsExactly("processed");
        assertThat(development.developmentOf(Actor.system(), item(1)).pullRequests()).hasSize(1);

        Response rotated = api.post(pm.token(), "/api/v1/projects/" + project + "/integrations/" + github.id()
                + "/secret", fields("version", 0));
        assertThat(rotated.status()).isEqualTo(200);
        String newSecret = rotated.text("secret");
        assertThat(newSecret).isNotEqualTo(github.secret());
        String body = Hooks.recorded("github/push.json", project);
        assertThat(hooks.send("github", github.path(), github.secret(), "push", body).status()).isEqualTo(401);
        assertThat(hooks.send("github", github.path(), newSecret, "push", body).status()).isEqualTo(202);
        // the secret is never shown again nor stored in clear
        assertThat(api.get(pm.token(), "/api/v1/projects/" + project + "/integrations").body()).doesNotContain(newSecret);
        assertThat(api.jdbc().queryForList("select secret_cipher from delivery_integration where id = ?", String.class,
                github.id())).noneMatch(c -> c.contains(newSecret));
    }

    // helpers

    record Setup(long id, String path, String secret, String provider) {
    }

    private Setup integration(String provider, Map<String, Object> body) {
        Response created = api.post(pm.token(), "/api/v1/projects/" + project + "/integrations", body);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return new Setup(created.json().get("integration").get("id").asLong(),
                created.json().get("integration").get("payloadPath").asString(), created.text("secret"), provider);
    }

    private Response send(Setup setup, String event, String recording) {
        Response r = hooks.send(setup.provider(), setup.path(), setup.secret(), event,
                Hooks.recorded(recording, project));
        assertThat(r.status()).as("%s %s: %s", event, recording, r).isIn(200, 202);
        return r;
    }

    private java.util.List<String> deliveries(Setup setup) {
        return api.get(pm.token(), "/api/v1/projects/" + project + "/deliveries?integration=" + setup.id())
                .texts("", "status");
    }

    private long stored() {
        return api.jdbc().queryForObject("select count(*) from delivery_webhook w join project p on p.id = w.project_id "
                + "where p.project_key = ?", Long.class, project);
    }

    private String item(int number) {
        return project + "-" + number;
    }

    private String status(String item) {
        return api.get(pm.token(), "/api/v1/items/" + item).text("status");
    }
}
