package dev.tandem.delayrisk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.delayrisk.engine.RiskModel;
import dev.tandem.delayrisk.engine.RiskModelTests;
import dev.tandem.delayrisk.internal.ModelStore;
import dev.tandem.support.Api;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Model versions: a trained version is stored with its back-test and put in service; a training that fails is kept
 * with its reason and leaves the version in service as it was. The versions made here are removed afterwards, so the
 * other tests meet the cold-start rule.
 */
@TandemIntegrationTest
class DelayRiskModelIntegrationTests {

    @Autowired
    Api api;
    @Autowired
    ModelStore store;
    @LocalServerPort
    int port;

    final List<Long> made = new ArrayList<>();

    @AfterEach
    void removeTheVersionsMadeHere() {
        made.forEach(id -> api.jdbc().update("delete from delay_risk_model where id = ?", id));
    }

    @Test
    void aFailedTrainingKeepsTheVersionInServiceAndSaysWhy() {
        var rows = RiskModelTests.synthetic(600, 7);
        long active = store.activate(Instant.now(), "test", rows.size(), (int) rows.stream().filter(r -> r.late()).count(),
                RiskModel.backTest(rows), RiskModel.train(rows));
        made.add(active);

        // the test database holds far fewer than 200 finished items: this training is refused
        Response r = api.post(api.adminToken(), "/api/v1/delay-risk/models", null);
        made.add(r.number("version"));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.text("status")).isEqualTo("FAILED");
        assertThat(r.text("failure")).contains("Too little finished work").contains("at least 200");
        assertThat(store.active()).get().extracting(ModelStore.Active::id).isEqualTo(active);
        Response versions = api.get(api.adminToken(), "/api/v1/delay-risk/models");
        assertThat(versions.json().get(1).get("version").asLong()).isEqualTo(active);
        assertThat(versions.json().get(1).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(versions.json().get(1).get("auc").asDouble()).isGreaterThan(0.7);
        assertThat(versions.json().get(1).get("calibration")).hasSize(10);

        var page = PageSession.signedIn(port, Api.ADMIN, Api.ADMIN_PASSWORD).get("/admin/delay-risk");
        assertThat(page.body()).contains("id=\"model-" + active + "\"").contains("In service.")
                .contains("class=\"delayrisk-dot\"").contains("Too little finished work");

        Api.ProjectWithItem p = api.projectWithItem();
        Response risk = api.get(p.pm().token(), "/api/v1/projects/" + p.project() + "/delay-risk");
        assertThat(risk.text("basis")).isEqualTo("MODEL");
        assertThat(risk.number("modelVersion")).isEqualTo(active);
    }
}
