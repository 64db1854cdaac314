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
import tools.jackson.databind.JsonNode;

/** The charter keeps who changed which field when, refuses stale edits and checks ADRs, difficulties and metrics. */
@TandemIntegrationTest
class CharterIntegrationTests {

    @Autowired
    Api api;

    @Test
    void editsAreKeptInTheHistoryAndAStaleVersionIsRefused() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person product = api.newPerson();
        api.addMember(project, product.username(), "PRODUCT_MANAGER");
        String milestone = api.newItem(pm.token(), project, "milestone", "Go live");
        String path = "/api/v1/projects/" + project + "/charter";

        Response first = api.patch(pm.token(), path, Map.of("vision", "One wallet for every **merchant**",
                "scopeIn", "Card payments", "version", 0));
        Response second = api.patch(product.token(), path, Map.of("businessValue", "Lower fees", "scopeIn", "Cards and QR",
                "version", 1));
        Response stale = api.patch(pm.token(), path, Map.of("vision", "Something else", "version", 1));
        Response charter = api.get(pm.token(), path);
        Response history = api.get(pm.token(), path + "/history");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.number("version")).isEqualTo(1);
        assertThat(second.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.number("currentVersion")).isEqualTo(2);
        assertThat(charter.text("vision")).isEqualTo("One wallet for every **merchant**");
        assertThat(charter.text("scopeIn")).isEqualTo("Cards and QR");
        assertThat(charter.text("updatedBy")).isEqualTo(product.username());
        assertThat(charter.texts("milestones", "key")).containsExactly(milestone);
        assertThat(history.texts("", "field")).containsExactly("scopeIn", "businessValue", "scopeIn", "vision");
        assertThat(history.texts("", "actor")).containsExactly(product.username(), product.username(), pm.username(),
                pm.username());
        assertThat(history.texts("", "oldValue")).containsExactly("Card payments", null, null, null);
        assertThat(history.texts("", "newValue")).containsExactly("Cards and QR", "Lower fees", "Card payments",
                "One wallet for every **merchant**");
    }

    @Test
    void aTargetOnTheWrongSideOfTheBaselineIsRefusedAndAMissedTargetIsMarked() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        String path = "/api/v1/projects/" + project + "/charter/metrics";

        Response higher = api.post(pm.token(), path, Map.of("name", "Conversion", "unit", "%",
                "direction", "higher_is_better", "baseline", 90, "target", 80));
        Response lower = api.post(pm.token(), path, Map.of("name", "Checkout time", "unit", "s",
                "direction", "LOWER_IS_BETTER", "baseline", 4, "target", 6));
        Response missed = api.post(pm.token(), path, Map.of("name", "Conversion", "unit", "%",
                "direction", "HIGHER_IS_BETTER", "baseline", 60, "target", 75, "actual", 70));
        Response met = api.post(pm.token(), path, Map.of("name", "Checkout time", "unit", "s",
                "direction", "LOWER_IS_BETTER", "baseline", 6, "target", 4, "actual", 3.5));
        Response computedActual = api.post(pm.token(), path, Map.of("name", "Cycle time", "direction", "LOWER_IS_BETTER",
                "target", 5, "actual", 3, "source", "cycle_time"));

        assertThat(higher.status()).isEqualTo(400);
        assertThat(higher.json().get("errors").get("target").asString())
                .isEqualTo("must not be below the baseline (90) when higher is better");
        assertThat(lower.status()).isEqualTo(400);
        assertThat(lower.json().get("errors").get("target").asString())
                .isEqualTo("must not be above the baseline (4) when lower is better");
        assertThat(missed.status()).isEqualTo(201);
        assertThat(missed.json().get("offTarget").asBoolean()).isTrue();
        assertThat(met.json().get("offTarget").asBoolean()).isFalse();
        assertThat(met.json().get("actual").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(computedActual.status()).isEqualTo(400);
        assertThat(api.get(pm.token(), "/api/v1/projects/" + project + "/charter").json().get("metrics").size()).isEqualTo(2);
    }

    @Test
    void adrsAreSupersededByAnotherAdrAndDifficultiesNeedOneChosenPlan() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person em = api.newPerson();
        api.addMember(project, em.username(), "EM");
        String adrs = "/api/v1/projects/" + project + "/charter/adrs";
        String difficulties = "/api/v1/projects/" + project + "/charter/difficulties";

        api.post(em.token(), adrs, Map.of("title", "Use PostgreSQL", "context", "We need transactions",
                "decision", "PostgreSQL 17", "consequences", "One more service to run", "status", "accepted"));
        api.post(em.token(), adrs, Map.of("title", "Use PostgreSQL with logical replication", "status", "accepted"));
        Response noSuccessor = api.patch(em.token(), adrs + "/1", Map.of("status", "superseded", "version", 0));
        Response superseded = api.patch(em.token(), adrs + "/1", Map.of("status", "superseded", "supersededBy", 2,
                "version", 0));
        Response noPlan = api.post(em.token(), difficulties, Map.of("title", "Peak load", "owner", em.username(),
                "alternatives", List.of()));
        Response noFallback = api.post(em.token(), difficulties, Map.of("title", "Peak load", "owner", em.username(),
                "alternatives", List.of(Map.of("description", "Shard", "chosen", true))));
        Response twoChosen = api.post(em.token(), difficulties, Map.of("title", "Peak load", "owner", em.username(),
                "alternatives", List.of(Map.of("description", "Shard", "chosen", true),
                        Map.of("description", "Queue", "chosen", true))));
        Response outsiderOwner = api.post(em.token(), difficulties, Map.of("title", "Peak load",
                "owner", api.newPersonWithoutPassword(), "alternatives", List.of(Map.of("description", "Shard", "chosen", true),
                        Map.of("description", "Queue", "chosen", false))));
        Response difficulty = api.post(em.token(), difficulties, Map.of("title", "Peak load at 10k TPS",
                "owner", em.username(), "alternatives", List.of(Map.of("description", "Shard by merchant", "chosen", true),
                        Map.of("description", "Queue and degrade", "chosen", false))));
        JsonNode charter = api.get(pm.token(), "/api/v1/projects/" + project + "/charter").json();

        assertThat(noSuccessor.status()).isEqualTo(400);
        assertThat(superseded.status()).isEqualTo(200);
        assertThat(superseded.text("status")).isEqualTo("SUPERSEDED");
        assertThat(superseded.number("supersededBy")).isEqualTo(2);
        assertThat(noPlan.status()).isEqualTo(400);
        assertThat(noFallback.status()).isEqualTo(400);
        assertThat(noFallback.json().get("errors").get("alternatives").asString())
                .isEqualTo("must hold the chosen plan and at least one fallback plan");
        assertThat(twoChosen.status()).isEqualTo(400);
        assertThat(twoChosen.json().get("errors").get("alternatives").asString())
                .isEqualTo("must mark exactly one plan as chosen (not 2)");
        assertThat(outsiderOwner.status()).isEqualTo(400);
        assertThat(difficulty.status()).isEqualTo(201);
        assertThat(difficulty.text("chosen")).isEqualTo("Shard by merchant");
        assertThat(difficulty.text("owner")).isEqualTo(em.username());
        assertThat(charter.get("adrs").get(0).get("label").asString()).isEqualTo("ADR-1");
        assertThat(charter.get("difficulties").get(0).get("alternatives").size()).isEqualTo(2);
    }
}
