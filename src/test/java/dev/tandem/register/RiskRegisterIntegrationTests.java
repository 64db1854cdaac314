package dev.tandem.register;

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

/** Risks are scored probability × impact, placed on the heat map and flagged from the project's threshold. */
@TandemIntegrationTest
class RiskRegisterIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    RiskManagement risks;

    @Test
    void scoresHeatMapCellsAndTheRisksAboveTheThreshold() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person em = api.newPerson();
        api.addMember(project, em.username(), "EM");
        String item = api.newItem(pm.token(), project, "task", "Integrate the acquirer");
        String path = "/api/v1/projects/" + project + "/risks";

        Response first = api.post(em.token(), path, Api.fields("title", "Acquirer certification slips", "category", "external",
                "probability", 4, "impact", 5, "owner", em.username(), "mitigation", "Start certification early",
                "contingency", "Go live with the secondary acquirer", "trigger", "No test slot by March",
                "items", List.of(item.toLowerCase())));
        Response second = api.post(pm.token(), path, Map.of("title", "Key engineer leaves", "category", "RESOURCE",
                "probability", 2, "impact", 3));
        Response third = api.post(pm.token(), path, Map.of("title", "Budget cut", "category", "cost",
                "probability", 5, "impact", 5, "status", "closed"));
        Response register = api.get(pm.token(), path);
        JsonNode heat = register.json().get("heatMap");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.number("score")).isEqualTo(20);
        assertThat(first.text("label")).isEqualTo("R1");
        assertThat(first.text("category")).isEqualTo("EXTERNAL");
        assertThat(first.text("status")).isEqualTo("OPEN");
        assertThat(first.json().get("items").get(0).asString()).isEqualTo(item);
        assertThat(first.json().get("aboveThreshold").asBoolean()).isTrue();
        assertThat(second.number("score")).isEqualTo(6);
        assertThat(second.json().get("aboveThreshold").asBoolean()).isFalse();
        assertThat(third.json().get("aboveThreshold").asBoolean()).isFalse();
        assertThat(register.number("threshold")).isEqualTo(12);
        assertThat(heat.get("rows").size()).isEqualTo(5);
        assertThat(cell(heat, 4, 5).get("risks").toString()).isEqualTo("[\"R1\"]");
        assertThat(cell(heat, 4, 5).get("zone").asString()).isEqualTo("severe");
        assertThat(cell(heat, 2, 3).get("risks").toString()).isEqualTo("[\"R2\"]");
        assertThat(cell(heat, 2, 3).get("zone").asString()).isEqualTo("medium");
        assertThat(cell(heat, 5, 5).get("risks").size()).isZero();
        assertThat(cell(heat, 1, 1).get("zone").asString()).isEqualTo("low");
        assertThat(cell(heat, 3, 4).get("zone").asString()).isEqualTo("high");
        assertThat(cell(heat, 3, 4).get("aboveThreshold").asBoolean()).isTrue();
        assertThat(cell(heat, 2, 5).get("aboveThreshold").asBoolean()).isFalse();
        assertThat(risks.risksAbove(projectId(project))).extracting(RiskView::label).containsExactly("R1");

        Response lowered = api.send("PUT", path + "/threshold", "Bearer " + pm.token(), Map.of("threshold", 6, "version", 0));
        assertThat(lowered.status()).as(lowered.toString()).isEqualTo(200);
        assertThat(risks.risksAbove(projectId(project))).extracting(RiskView::label).containsExactly("R1", "R2");
    }

    @Test
    void probabilityOrImpactOutsideOneToFiveIsRefused() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        String path = "/api/v1/projects/" + project + "/risks";

        Response probability = api.post(pm.token(), path, Map.of("title", "X", "category", "technical",
                "probability", 6, "impact", 3));
        Response impact = api.post(pm.token(), path, Map.of("title", "X", "category", "technical",
                "probability", 3, "impact", 0));
        Response category = api.post(pm.token(), path, Map.of("title", "X", "category", "weather",
                "probability", 3, "impact", 3));
        api.post(pm.token(), path, Map.of("title", "Fine", "category", "schedule", "probability", 3, "impact", 3));
        Response patched = api.patch(pm.token(), path + "/1", Map.of("impact", 7, "version", 0));

        assertThat(probability.status()).isEqualTo(400);
        assertThat(probability.json().get("errors").get("probability").asString()).isEqualTo("must be between 1 and 5 (not 6)");
        assertThat(impact.status()).isEqualTo(400);
        assertThat(impact.json().get("errors").get("impact").asString()).isEqualTo("must be between 1 and 5 (not 0)");
        assertThat(category.status()).isEqualTo(400);
        assertThat(patched.status()).isEqualTo(400);
        assertThat(api.get(pm.token(), path + "/1").number("impact")).isEqualTo(3);
    }

    @Test
    void anEditCarriesItsVersionAndIsAudited() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        String path = "/api/v1/projects/" + project + "/risks";
        api.post(pm.token(), path, Map.of("title", "Vendor API changes", "category", "technical", "probability", 2, "impact", 2));

        Response edited = api.patch(pm.token(), path + "/1", Map.of("probability", 4, "status", "mitigating", "version", 0));
        Response stale = api.patch(pm.token(), path + "/1", Map.of("probability", 1, "version", 0));
        Response audit = api.get(api.adminToken(), "/api/v1/audit?size=20&actor=" + pm.username());

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.number("score")).isEqualTo(8);
        assertThat(edited.text("status")).isEqualTo("MITIGATING");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(audit.texts("entries", "summary")).contains("probability: 2 → 4\nstatus: OPEN → MITIGATING");
    }

    private static JsonNode cell(JsonNode heat, int probability, int impact) {
        return heat.get("rows").get(5 - probability).get("cells").get(impact - 1);
    }

    private long projectId(String key) {
        return api.jdbc().queryForObject("select id from project where project_key = ?", Long.class, key);
    }
}
