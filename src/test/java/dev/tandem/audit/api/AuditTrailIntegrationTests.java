package dev.tandem.audit.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every change, sign-in and failed sign-in lands in the hash-chained audit trail with actor, action and target;
 * verification finds a row altered in the database exactly where it was altered; refused changes leave no entry.
 */
@TandemIntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    Api api;

    @Test
    void everyChangeSignInAndFailedSignInIsRecordedInOrder() {
        Person pm = api.newPerson("PMO");
        assertThat(api.basic("POST", "/api/v1/me/tokens", pm.username(), "wrong-password-0", Map.of("name", "x")).status())
                .isEqualTo(401);
        String project = api.newProject(pm.token());
        String members = "/api/v1/projects/" + project + "/members";
        String engineer = api.newPersonWithoutPassword();
        api.post(pm.token(), members, Map.of("username", engineer, "role", "ENGINEER"));
        api.patch(pm.token(), members + "/" + engineer, Map.of("role", "EM", "version", 0));
        api.delete(pm.token(), members + "/" + engineer);
        String first = api.newItem(pm.token(), project, "task", "Design");
        String second = api.newItem(pm.token(), project, "task", "Build");
        api.patch(pm.token(), "/api/v1/items/" + first, Map.of("title", "Design v2", "version", 0));
        long link = api.link(pm.token(), first, second);
        api.delete(pm.token(), "/api/v1/items/" + second + "/dependencies/" + link);
        long comment = api.post(pm.token(), "/api/v1/items/" + first + "/comments", Map.of("body", "Looks good")).number("id");
        api.patch(pm.token(), "/api/v1/items/" + first + "/comments/" + comment, Map.of("body", "Looks great", "version", 0));
        api.delete(pm.token(), "/api/v1/items/" + first + "/comments/" + comment);
        assertThat(api.delete(pm.token(), "/api/v1/items/" + second + "?version=0").status()).isEqualTo(204);
        api.patch(pm.token(), "/api/v1/projects/" + project, Map.of("name", "Renamed", "version", 0));
        long personVersion = api.get(pm.token(), "/api/v1/me").number("version");
        assertThat(api.patch(pm.token(), "/api/v1/people/" + pm.username(),
                Map.of("displayName", "Pat", "version", personVersion)).status()).isEqualTo(200);

        List<JsonNode> entries = entriesBy(pm.username()).reversed();

        assertThat(entries).extracting(e -> e.get("action").asString() + " " + e.get("targetType").asString() + " "
                + e.get("target").asString()).containsExactly(
                "signin.succeeded Person " + pm.username(),
                "token.issued AccessToken " + pm.username() + "/tests",
                "signin.failed Person " + pm.username(),
                "project.created Project " + project,
                "member.added Project " + project,
                "member.added Project " + project,
                "member.role-changed Project " + project,
                "member.removed Project " + project,
                "item.created WorkItem " + first,
                "item.created WorkItem " + second,
                "item.updated WorkItem " + first,
                "dependency.added WorkItem " + second,
                "dependency.removed WorkItem " + second,
                "comment.added WorkItem " + first,
                "comment.edited WorkItem " + first,
                "comment.deleted WorkItem " + first,
                "item.deleted WorkItem " + second,
                "project.updated Project " + project,
                "person.updated Person " + pm.username());
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("actor").asString()).isEqualTo(pm.username());
            assertThat(e.get("at").isNull()).isFalse();
            assertThat(e.get("hash").asString()).matches("[0-9a-f]{64}");
        });
        assertThat(entries).extracting(e -> e.get("summary").isNull() ? null : e.get("summary").asString())
                .contains(pm.username() + ": PM", engineer + ": ENGINEER", engineer + ": ENGINEER → EM", engineer + ": EM",
                        "title: Design → Design v2", "predecessor: " + first + " FS", "Looks good",
                        "Looks good → Looks great", "type: task\ntitle: Build", "name: Project " + project + " → Renamed",
                        "displayName: Person " + pm.username() + " → Pat");
        List<Long> seqs = entries.stream().map(e -> e.get("seq").asLong()).toList();
        assertThat(seqs).isSorted().doesNotHaveDuplicates();

        Response forPerson = api.get(api.adminToken(), "/api/v1/audit?targetType=Person&target=" + engineer);
        assertThat(forPerson.texts("entries", "action")).containsExactly("person.created");
        assertThat(forPerson.texts("entries", "actor")).containsExactly(Api.ADMIN);
    }

    @Test
    void theChainVerifies() {
        api.newProject(api.newPerson("PMO").token());

        Response r = api.get(api.adminToken(), "/api/v1/audit/verify");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("valid").asBoolean()).isTrue();
        assertThat(r.number("entries")).isEqualTo(api.jdbc().queryForObject("select count(*) from audit_entry", Long.class))
                .isEqualTo(api.auditHead());
        assertThat(r.json().get("firstBrokenSeq").isNull()).isTrue();
    }

    @Test
    void onlyAnAdministratorVerifiesAndOnlyOverseersReadTheTrail() {
        Person pmo = api.newPerson("PMO");
        Person engineer = api.newPerson();

        assertThat(api.get(pmo.token(), "/api/v1/audit/verify").status()).isEqualTo(403);
        assertThat(api.get(engineer.token(), "/api/v1/audit/verify").status()).isEqualTo(403);
        assertThat(api.get(pmo.token(), "/api/v1/audit").status()).isEqualTo(200);
        Response denied = api.get(engineer.token(), "/api/v1/audit");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.detail()).isEqualTo("Only an administrator or the PMO may read the whole audit trail.");
    }

    @Test
    void aPageSizeOutsideOneToTwoHundredOrANegativePageIsRefused() {
        for (String bad : new String[] {"size=0", "size=-1", "size=201", "size=100000000", "page=-1"}) {
            Response r = api.get(api.adminToken(), "/api/v1/audit?" + bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.detail()).isEqualTo("size must be between 1 and 200, and page at least 0");
        }
        assertThat(api.get(api.adminToken(), "/api/v1/audit?size=200&page=0").status()).isEqualTo(200);
    }

    @Test
    void verificationNamesTheRowAlteredInTheDatabase() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        String item = api.newItem(pm.token(), project, "task", "Design");
        api.newItem(pm.token(), project, "task", "Build");
        long seq = api.get(api.adminToken(), "/api/v1/audit?targetType=WorkItem&target=" + item).json()
                .get("entries").get(0).get("seq").asLong();
        String original = api.jdbc().queryForObject("select summary from audit_entry where seq = ?", String.class, seq);
        assertThat(original).isEqualTo("type: task\ntitle: Design\nstatus: Backlog");
        try {
            api.jdbc().update("update audit_entry set summary = ? where seq = ?", "type: task\ntitle: Something else", seq);

            Response broken = api.get(api.adminToken(), "/api/v1/audit/verify");

            assertThat(broken.status()).isEqualTo(200);
            assertThat(broken.json().get("valid").asBoolean()).isFalse();
            assertThat(broken.number("firstBrokenSeq")).isEqualTo(seq);
            assertThat(broken.number("entries")).isEqualTo(seq - 1);
            assertThat(broken.text("problem")).isEqualTo("entry " + seq + " was altered after it was written");
        } finally {
            api.jdbc().update("update audit_entry set summary = ? where seq = ?", original, seq);
        }
        Response repaired = api.get(api.adminToken(), "/api/v1/audit/verify");
        assertThat(repaired.json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void anEmptyFieldWrittenOverAMissingOneIsCaught() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        String item = api.newItem(pm.token(), project, "task", "Design");
        long seq = api.get(api.adminToken(), "/api/v1/audit?targetType=WorkItem&target=" + item).json()
                .get("entries").get(0).get("seq").asLong();
        assertThat(api.jdbc().queryForObject("select reason from audit_entry where seq = ?", String.class, seq)).isNull();
        try {
            api.jdbc().update("update audit_entry set reason = '' where seq = ?", seq);

            Response broken = api.get(api.adminToken(), "/api/v1/audit/verify");

            assertThat(broken.json().get("valid").asBoolean()).isFalse();
            assertThat(broken.number("firstBrokenSeq")).isEqualTo(seq);
        } finally {
            api.jdbc().update("update audit_entry set reason = null where seq = ?", seq);
        }
        assertThat(api.get(api.adminToken(), "/api/v1/audit/verify").json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        String first = api.newItem(pm.token(), project, "task", "Design");
        String second = api.newItem(pm.token(), project, "task", "Build");
        api.link(pm.token(), first, second);
        Person stakeholder = api.newPerson();
        api.addMember(project, stakeholder.username(), "STAKEHOLDER");
        long head = api.auditHead();
        int entries = entriesBy(pm.username()).size();

        assertThat(api.post(pm.token(), "/api/v1/items/" + first + "/dependencies", Map.of("predecessor", second)).status())
                .isEqualTo(409);
        assertThat(api.patch(pm.token(), "/api/v1/items/" + first, Map.of("title", "Late", "version", 7)).status())
                .isEqualTo(409);
        assertThat(api.patch(pm.token(), "/api/v1/items/" + first, Map.of("status", "Shipped", "version", 0)).status())
                .isEqualTo(400);
        assertThat(api.post(stakeholder.token(), "/api/v1/items/" + first + "/comments", Map.of("body", "x")).status())
                .isEqualTo(403);
        assertThat(api.patch(pm.token(), "/api/v1/items/" + first, Map.of("title", "Design", "version", 0)).status())
                .as("an edit that changes nothing").isEqualTo(200);

        assertThat(api.auditHead()).isEqualTo(head);
        assertThat(entriesBy(pm.username())).hasSize(entries);
        assertThat(entriesBy(stakeholder.username()).stream().map(e -> e.get("action").asString()))
                .containsExactly("token.issued", "signin.succeeded");
    }

    /** The actor's entries, newest first. */
    private List<JsonNode> entriesBy(String actor) {
        Response r = api.get(api.adminToken(), "/api/v1/audit?size=200&actor=" + actor);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.number("total")).isLessThan(200);
        return r.json().get("entries").valueStream().toList();
    }
}
