package dev.tandem.retrospective;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Process templates: versions, diffs, stale changes, promotions from retrospectives, adoption by projects. */
@TandemIntegrationTest
class ProcessTemplateApiIntegrationTests {

    private static final String TEMPLATES = "/api/v1/process-templates";

    @Autowired
    Api api;

    private long newTemplate(String body) {
        Response r = api.post(api.adminToken(), TEMPLATES, fields("code", "dod-" + Api.uniqueUsername(), "language",
                "en", "kind", "CHECKLIST", "name", "Definition of done " + Api.uniqueUsername(), "body", body));
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.number("id");
    }

    private Response change(String token, long template, String body, int base) {
        return api.post(token, TEMPLATES + "/" + template + "/versions", fields("body", body, "note", "Tighter",
                "baseVersion", base));
    }

    @Test
    void theDefaultTemplatesComeInBothLanguages() {
        JsonNode list = api.get(api.newPerson().token(), TEMPLATES).json();
        List<String> names = new java.util.ArrayList<>();
        list.forEach(t -> names.add(t.get("name").asString()));

        assertThat(names).contains("Definition of ready", "就绪的定义", "Definition of done", "完成的定义",
                "Release checklist", "发布检查清单", "Review-board checklist", "评审委员会检查清单",
                "Weekly project–engineering sync agenda", "项目与研发周会议程");
    }

    @Test
    void everyChangeIsANewVersionAndAStaleOneIsRefusedWithBothVersions() {
        long template = newTemplate("- [ ] Reviewed\n- [ ] Tested");
        Person pmo = api.newPerson("PMO");
        Person engineer = api.newPerson();

        Response byEngineer = change(engineer.token(), template, "- [ ] Anything", 1);
        Response second = change(pmo.token(), template, "- [ ] Reviewed\n- [ ] Tested\n- [ ] Documented", 1);
        Response stale = change(api.adminToken(), template, "- [ ] Reviewed by two", 1);
        Response noNote = api.post(pmo.token(), TEMPLATES + "/" + template + "/versions",
                fields("body", "x", "baseVersion", 2));

        assertThat(byEngineer.status()).isEqualTo(403);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("template").get("currentVersion").asInt()).isEqualTo(2);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(stale.json().get("yourVersion").get("number").asInt()).isEqualTo(1);
        assertThat(stale.json().get("yourVersion").get("body").asString()).isEqualTo("- [ ] Reviewed\n- [ ] Tested");
        assertThat(stale.json().get("current").get("number").asInt()).isEqualTo(2);
        assertThat(stale.json().get("current").get("author").asString()).isEqualTo(pmo.username());
        assertThat(stale.json().get("proposed").asString()).isEqualTo("- [ ] Reviewed by two");
        assertThat(noNote.status()).isEqualTo(400);

        JsonNode history = api.get(engineer.token(), TEMPLATES + "/" + template).json();
        assertThat(history.get("versions").size()).isEqualTo(2);
        assertThat(history.get("versions").get(0).get("note").asString()).isEqualTo("Tighter");
        JsonNode diff = api.get(engineer.token(), TEMPLATES + "/" + template + "/diff?from=1&to=2").json();
        assertThat(diff.get("lines").get(2).get("kind").asString()).isEqualTo("ADDED");
        assertThat(diff.get("lines").get(2).get("text").asString()).isEqualTo("- [ ] Documented");
        assertThat(api.get(engineer.token(), TEMPLATES + "/" + template + "/diff?from=1&to=9").status()).isEqualTo(400);
    }

    @Test
    void anImprovementIsPromotedFromADiscussedRetrospectiveByItsFacilitator() {
        long template = newTemplate("- [ ] Reviewed");
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person engineer = api.newPerson();
        api.addMember(project, engineer.username(), "ENGINEER");
        String retros = "/api/v1/projects/" + project + "/retrospectives";
        long retro = api.post(pm.token(), retros, fields("title", "Incident 7", "kind", "INCIDENT", "format",
                "START_STOP_CONTINUE")).number("id");
        String promotions = retros + "/" + retro + "/promotions";
        Response tooEarly = api.post(pm.token(), promotions, fields("template", template, "text", "- [ ] Canary first",
                "baseVersion", 1));
        for (String stage : List.of("GROUP", "VOTE", "DISCUSS")) {
            long version = api.get(pm.token(), retros + "/" + retro).number("version");
            api.post(pm.token(), retros + "/" + retro + "/stage", fields("stage", stage, "version", version));
        }
        Response byEngineer = api.post(engineer.token(), promotions, fields("template", template, "text", "- [ ] Canary",
                "baseVersion", 1));
        Response promoted = api.post(pm.token(), promotions, fields("template", template, "text", "- [ ] Canary first",
                "baseVersion", 1));
        Response stale = api.post(pm.token(), promotions, fields("template", template, "text", "- [ ] Again",
                "baseVersion", 1));

        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(byEngineer.status()).isEqualTo(403);
        assertThat(promoted.status()).isEqualTo(201);
        JsonNode current = promoted.json().get("current");
        assertThat(current.get("number").asInt()).isEqualTo(2);
        assertThat(current.get("body").asString()).isEqualTo("- [ ] Reviewed\n- [ ] Canary first");
        assertThat(current.get("retrospectiveId").asLong()).isEqualTo(retro);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("current").get("number").asInt()).isEqualTo(2);
        assertThat(api.get(api.adminToken(), "/api/v1/audit?size=50").body()).contains("template.promoted");
    }

    @Test
    void aNewProjectStartsFromTheCurrentVersionsAndAnOlderOneSeesWhatChangedAndAdopts() {
        Person pm = api.newPerson("PMO");
        String older = api.newProject(pm.token());
        long template = newTemplate("- [ ] Reviewed");
        change(api.adminToken(), template, "- [ ] Reviewed\n- [ ] Load tested", 1);
        String newer = api.newProject(pm.token());
        Person stakeholder = api.newPerson();
        api.addMember(older, stakeholder.username(), "STAKEHOLDER");

        JsonNode ofNewer = adoption(pm, newer, template);
        JsonNode ofOlder = adoption(pm, older, template);
        Response byStakeholder = api.post(stakeholder.token(), "/api/v1/projects/" + older + "/process/" + template
                + "/adopt", null);
        Response byOutsider = api.get(api.newPerson().token(), "/api/v1/projects/" + older + "/process");
        Response adopted = api.post(pm.token(), "/api/v1/projects/" + older + "/process/" + template + "/adopt", null);

        assertThat(ofNewer.get("adoptedVersion").asInt()).isEqualTo(2);
        assertThat(ofNewer.get("current").asBoolean()).isTrue();
        assertThat(ofOlder.get("adoptedVersion").isNull()).isTrue();
        assertThat(ofOlder.get("changes").size()).isEqualTo(2);
        assertThat(byStakeholder.status()).isEqualTo(403);
        assertThat(byOutsider.status()).isEqualTo(404);
        assertThat(adopted.status()).isEqualTo(200);
        assertThat(adopted.json().get("adoptedVersion").asInt()).isEqualTo(2);

        change(api.adminToken(), template, "- [ ] Reviewed twice\n- [ ] Load tested", 2);
        JsonNode behind = adoption(pm, older, template);
        assertThat(behind.get("adoptedVersion").asInt()).isEqualTo(2);
        assertThat(behind.get("current").asBoolean()).isFalse();
        assertThat(behind.get("changes").get(0).get("kind").asString()).isEqualTo("REMOVED");
        assertThat(behind.get("changes").get(1).get("text").asString()).isEqualTo("- [ ] Reviewed twice");
    }

    private JsonNode adoption(Person reader, String project, long template) {
        for (JsonNode a : api.get(reader.token(), "/api/v1/projects/" + project + "/process").json()) {
            if (a.get("template").get("id").asLong() == template) {
                return a;
            }
        }
        throw new AssertionError("no template " + template + " on the process of " + project);
    }
}
