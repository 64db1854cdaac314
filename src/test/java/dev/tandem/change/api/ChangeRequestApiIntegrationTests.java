package dev.tandem.change.api;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.TandemIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The change-request calls other tools make, with the field names and shapes of the contract. */
@TandemIntegrationTest
class ChangeRequestApiIntegrationTests {

    @Autowired
    Api api;

    @Test
    void draftSubmitVoteAndReadBackAnAppliedChange() {
        String admin = api.adminToken();
        String project = api.newProject(admin);
        String design = api.newItem(admin, project, Map.of("type", "task", "title", "Design", "mostLikelyDays", 3)).get("key").asString();
        String build = api.newItem(admin, project, Map.of("type", "task", "title", "Build", "mostLikelyDays", 2)).get("key").asString();
        api.link(admin, design, build);
        var signers = api.feasibilitySignedOff(project);
        assertThat(api.post(admin, "/api/v1/projects/" + project + "/baselines", Map.of("name", "Kick-off")).status())
                .isEqualTo(201);

        var draft = api.post(admin, "/api/v1/projects/" + project + "/change-requests", fields("title", "Build grows",
                "reason", "Second PSP", "changes", List.of(
                        fields("op", "setEstimate", "item", build, "mostLikelyDays", 7),
                        fields("op", "addItem", "type", "task", "title", "Pen test", "mostLikelyDays", 2,
                                "predecessors", List.of(design)))));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        long id = draft.number("id");

        var submitted = api.post(admin, "/api/v1/change-requests/" + id + "/submit", Map.of());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.text("state")).isEqualTo("IN_REVIEW");
        var impact = submitted.json().get("impact");
        assertThat(impact.get("finishBefore").asString()).isEqualTo("2027-01-08");
        assertThat(impact.get("finishAfter").asString()).isEqualTo("2027-01-15");
        assertThat(impact.get("slipWorkingDays").asInt()).isEqualTo(5);
        for (String field : List.of("milestones", "newlyCritical", "costDelta", "overCapacity", "quality")) {
            assertThat(impact.has(field)).as(field).isTrue();
        }

        for (var reviewer : List.of(signers.em(), signers.architect())) {
            assertThat(api.post(reviewer.token(), "/api/v1/change-requests/" + id + "/votes", Map.of("decision", "APPROVE"))
                    .status()).isEqualTo(200);
        }
        var vote = api.post(admin, "/api/v1/change-requests/" + id + "/votes", Map.of("decision", "APPROVE", "comment", "ok"));
        assertThat(vote.status()).as(vote.toString()).isEqualTo(200);

        var read = api.get(admin, "/api/v1/change-requests/" + id);
        assertThat(read.text("state")).isEqualTo("APPLIED");
        // votes name the reviewer as people know them
        assertThat(read.json().get("votes").get(0).get("username").asString()).isEqualTo(signers.em().username());
        assertThat(read.json().get("votes").get(0).get("displayName").asString())
                .isEqualTo("Person " + signers.em().username());
        assertThat(read.text("baseline")).isEqualTo("CR-1 Build grows");

        var second = api.post(admin, "/api/v1/projects/" + project + "/baselines", Map.of("name", "By hand"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.isProblem()).isTrue();
        assertThat(second.detail()).contains("change request");
    }

    @Test
    void badVotesAndDraftsGetAProblemAndChangeNothing() {
        String admin = api.adminToken();
        String project = api.newProject(admin);
        String task = api.newItem(admin, project, "task", "Design");
        var unknownOp = api.post(admin, "/api/v1/projects/" + project + "/change-requests", fields("title", "x",
                "reason", "y", "changes", List.of(fields("op", "explode", "item", task))));
        assertThat(unknownOp.status()).isEqualTo(400);
        assertThat(unknownOp.detail()).contains("setEstimate");
        var unknownItem = api.post(admin, "/api/v1/projects/" + project + "/change-requests", fields("title", "x",
                "reason", "y", "changes", List.of(fields("op", "removeItem", "item", project + "-99"))));
        assertThat(unknownItem.status()).isEqualTo(400);
        assertThat(api.get(admin, "/api/v1/projects/" + project + "/change-requests").json()).isEmpty();

        long id = api.post(admin, "/api/v1/projects/" + project + "/change-requests", fields("title", "x", "reason", "y",
                "changes", List.of(fields("op", "setEstimate", "item", task, "mostLikelyDays", 2)))).number("id");
        var badDecision = api.post(admin, "/api/v1/change-requests/" + id + "/votes", Map.of("decision", "MAYBE"));
        assertThat(badDecision.status()).isEqualTo(400);
        var outsider = api.newPerson();
        assertThat(api.get(outsider.token(), "/api/v1/change-requests/" + id).status()).isEqualTo(404);
        assertThat(api.post(outsider.token(), "/api/v1/change-requests/" + id + "/votes", Map.of("decision", "APPROVE"))
                .status()).isEqualTo(404);
    }

    @Test
    void theBoardIsAConfiguredListOfMembersWithAQuorumAndStrangersAreRefused() {
        String admin = api.adminToken();
        String project = api.newProject(admin);
        String task = api.newItem(admin, project, Map.of("type", "task", "title", "Design", "mostLikelyDays", 3))
                .get("key").asString();
        var em = api.newPerson();
        var architect = api.newPerson();
        var engineer = api.newPerson();
        api.addMember(project, em.username(), "EM");
        api.addMember(project, architect.username(), "ARCHITECT");
        api.addMember(project, engineer.username(), "ENGINEER");
        for (var signer : List.of(em, architect)) {
            assertThat(api.post(signer.token(), "/api/v1/projects/" + project + "/feasibility-signoffs", Map.of())
                    .status()).isEqualTo(201);
        }
        assertThat(api.post(admin, "/api/v1/projects/" + project + "/baselines", Map.of("name", "Kick-off")).status())
                .isEqualTo(201);
        var outsider = api.newPerson();
        String path = "/api/v1/projects/" + project + "/review-board";

        var before = api.get(admin, path);
        assertThat(before.json().get("reviewers").values().stream().map(n -> n.asString()).toList())
                .containsExactlyInAnyOrder("admin", em.username(), architect.username());
        var stranger = api.patch(admin, path, fields("reviewers", List.of(em.username(), outsider.username()),
                "version", before.number("version")));
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(400);
        assertThat(stranger.isProblem()).isTrue();
        assertThat(stranger.detail()).contains(outsider.username());
        var empty = api.patch(admin, path, fields("reviewers", List.of(), "version", before.number("version")));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.detail()).contains("at least one");
        assertThat(api.get(admin, path).json()).isEqualTo(before.json());

        var configured = api.patch(admin, path, fields("rule", "QUORUM", "quorum", 2, "reviewers",
                List.of(em.username(), architect.username(), engineer.username()), "version", before.number("version")));
        assertThat(configured.status()).as(configured.toString()).isEqualTo(200);
        assertThat(configured.text("rule")).isEqualTo("QUORUM");
        assertThat(configured.number("quorum")).isEqualTo(2);

        long id = api.post(admin, "/api/v1/projects/" + project + "/change-requests", fields("title", "Grow", "reason",
                "More to do", "changes", List.of(fields("op", "setEstimate", "item", task, "mostLikelyDays", 4))))
                .number("id");
        api.post(admin, "/api/v1/change-requests/" + id + "/submit", Map.of());

        var byTheCreator = api.post(admin, "/api/v1/change-requests/" + id + "/votes", Map.of("decision", "APPROVE"));
        assertThat(byTheCreator.status()).as("the PM is not on this board").isEqualTo(403);
        assertThat(byTheCreator.isProblem()).isTrue();
        assertThat(api.post(engineer.token(), "/api/v1/change-requests/" + id + "/votes", Map.of("decision", "APPROVE"))
                .text("state")).isEqualTo("IN_REVIEW");
        var second = api.post(architect.token(), "/api/v1/change-requests/" + id + "/votes", Map.of("decision", "APPROVE"));
        assertThat(second.text("state")).as("two of three voted and both approve: %s", second).isEqualTo("APPLIED");
    }
}
