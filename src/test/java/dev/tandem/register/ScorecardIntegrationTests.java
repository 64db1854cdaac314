package dev.tandem.register;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Scorecards: overall = mean with risk inverted, every scoring kept, a portfolio view sorted by overall. */
@TandemIntegrationTest
class ScorecardIntegrationTests {

    @Autowired
    Api api;

    @Test
    void overallScoreHistoryAndThePortfolioView() {
        Person pmo = api.newPerson("PMO");
        String one = api.newProject(pmo.token());
        String two = api.newProject(pmo.token());
        Person architect = api.newPerson();
        api.addMember(one, architect.username(), "ARCHITECT");
        api.addMember(two, architect.username(), "ARCHITECT");
        String wallet = api.newItem(pmo.token(), one, "feature", "Wallet");
        String task = api.newItem(pmo.token(), one, "task", "Write docs");
        String epic = api.newItem(pmo.token(), two, "epic", "Refunds");

        Response first = api.post(architect.token(), "/api/v1/projects/" + one + "/scorecards", ratings(wallet, 4, 3, 5, 2));
        Response rescored = api.patch(architect.token(), "/api/v1/projects/" + one + "/scorecards/" + wallet,
                Map.of("risk", 4, "riskRationale", "The acquirer API is new"));
        Response other = api.post(architect.token(), "/api/v1/projects/" + two + "/scorecards", ratings(epic, 5, 4, 4, 2));
        Response onATask = api.post(architect.token(), "/api/v1/projects/" + one + "/scorecards", ratings(task, 3, 3, 3, 3));
        Response outOfRange = api.post(architect.token(), "/api/v1/projects/" + one + "/scorecards", ratings(wallet, 6, 3, 3, 3));
        Response history = api.get(architect.token(), "/api/v1/projects/" + one + "/scorecards/" + wallet);
        Response portfolio = api.get(architect.token(), "/api/v1/scorecards");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("overall").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(rescored.status()).isEqualTo(200);
        assertThat(rescored.json().get("overall").decimalValue()).isEqualByComparingTo("3.50");
        assertThat(rescored.text("feasibilityRationale")).isEqualTo("feasibility because");
        assertThat(rescored.text("riskRationale")).isEqualTo("The acquirer API is new");
        assertThat(rescored.number("scorings")).isEqualTo(2);
        assertThat(other.json().get("overall").decimalValue()).isEqualByComparingTo("4.25");
        assertThat(onATask.status()).isEqualTo(400);
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(history.texts("", "risk")).containsExactly("4", "2");
        assertThat(history.texts("", "scorer")).containsExactly(architect.username(), architect.username());
        assertThat(portfolio.texts("", "item")).containsExactly(epic, wallet);
        assertThat(api.get(architect.token(), "/api/v1/projects/" + one + "/scorecards").texts("", "item"))
                .containsExactly(wallet);
    }

    private static Map<String, Object> ratings(String item, int feasibility, int scalability, int maintainability, int risk) {
        return Api.fields("item", item, "feasibility", feasibility, "feasibilityRationale", "feasibility because",
                "scalability", scalability, "scalabilityRationale", "scalability because",
                "maintainability", maintainability, "maintainabilityRationale", "maintainability because",
                "risk", risk, "riskRationale", "risk because");
    }
}
