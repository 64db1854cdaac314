package dev.tandem.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The kick-off record names the missing roles, and its accepted action items become work items. */
@TandemIntegrationTest
class KickoffIntegrationTests {

    @Autowired
    Api api;

    @Test
    void missingRolesAreNamedAndAnAcceptedActionItemBecomesATask() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        String engineer = api.newPersonWithoutPassword();
        api.addMember(project, engineer, "ENGINEER");
        String path = "/api/v1/projects/" + project + "/kickoff";

        Response recorded = api.send("PUT", path, "Bearer " + pm.token(), Api.fields("heldOn", "2027-01-05",
                "participants", List.of(pm.username(), engineer), "agreedValue", true, "agreedDifficulties", false,
                "agreedMetrics", true, "decisions", "Launch in two markets first"));
        Response action = api.post(pm.token(), path + "/actions", Map.of("title", "Book the certification slot",
                "owner", engineer, "due", "2027-02-01"));
        Response accepted = api.post(pm.token(), path + "/actions/" + action.number("id") + "/accept", null);
        Response again = api.post(pm.token(), path + "/actions/" + action.number("id") + "/accept", null);
        Response item = api.get(pm.token(), "/api/v1/items/" + accepted.text("item"));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.texts("missingRoles", "")).hasSize(2);
        assertThat(recorded.json().get("missingRoles").toString()).isEqualTo("[\"EM\",\"PRODUCT_MANAGER\"]");
        assertThat(recorded.texts("participants", "role")).containsExactly("PM", "ENGINEER");
        assertThat(action.status()).isEqualTo(201);
        assertThat(action.text("item")).isNull();
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.text("item")).startsWith(project + "-");
        assertThat(again.status()).isEqualTo(409);
        assertThat(item.text("type")).isEqualTo("task");
        assertThat(item.text("title")).isEqualTo("Book the certification slot");
        assertThat(item.text("assignee")).isEqualTo(engineer);
        assertThat(item.text("dueDate")).isEqualTo("2027-02-01");
        assertThat(item.text("description")).isEqualTo("Action item of the kick-off meeting.");
    }

    @Test
    void anActionItemAcceptedInChineseIsDescribedInChinese() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        String path = "/api/v1/projects/" + project + "/kickoff";
        api.send("PUT", path, "Bearer " + pm.token(), Map.of("heldOn", "2027-01-05", "participants", List.of(pm.username())));
        Response action = api.post(pm.token(), path + "/actions", Map.of("title", "预订认证时段", "owner", pm.username(),
                "due", "2027-02-01"));

        Response accepted = api.post(pm.token(), path + "/actions/" + action.number("id") + "/accept", null, "zh-CN");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(api.get(pm.token(), "/api/v1/items/" + accepted.text("item")).text("description"))
                .isEqualTo("启动会议的行动项。");
    }

    @Test
    void aSecondRecordNeedsTheCurrentVersion() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        String path = "/api/v1/projects/" + project + "/kickoff";
        long version = api.send("PUT", path, "Bearer " + pm.token(), Map.of("heldOn", "2027-01-05",
                "participants", List.of(pm.username()))).number("version");

        Response stale = api.send("PUT", path, "Bearer " + pm.token(), Map.of("heldOn", "2027-01-06",
                "participants", List.of(pm.username()), "version", version + 1));
        Response noParticipants = api.send("PUT", path, "Bearer " + pm.token(), Map.of("heldOn", "2027-01-06",
                "participants", List.of(), "version", version));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(noParticipants.status()).isEqualTo(400);
        assertThat(api.send("PUT", path, "Bearer " + pm.token(), Map.of("heldOn", "2027-01-06",
                "participants", List.of(pm.username()), "version", version)).text("heldOn")).isEqualTo("2027-01-06");
    }
}
