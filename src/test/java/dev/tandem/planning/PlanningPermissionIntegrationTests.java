package dev.tandem.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.TandemIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may read and change planning records, per role: stakeholders read, outsiders learn nothing. */
@TandemIntegrationTest
class PlanningPermissionIntegrationTests {

    private static final List<String> READS = List.of("/charter", "/risks", "/tech-debt", "/scorecards", "/kickoff",
            "/buffer", "/tech-debt-report", "/feasibility-signoffs");

    @Autowired
    Api api;

    @Test
    void stakeholdersReadOnlyAndOutsidersGetNotFound() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person stakeholder = api.newPerson();
        Person outsider = api.newPerson();
        api.addMember(project, stakeholder.username(), "STAKEHOLDER");
        String base = "/api/v1/projects/" + project;

        for (String read : READS) {
            assertThat(api.get(stakeholder.token(), base + read).status()).as("stakeholder GET " + read).isEqualTo(200);
            assertThat(api.get(outsider.token(), base + read).status()).as("outsider GET " + read).isEqualTo(404);
        }
        assertThat(api.patch(stakeholder.token(), base + "/charter", Map.of("vision", "x", "version", 0)).status()).isEqualTo(403);
        assertThat(api.post(stakeholder.token(), base + "/risks", Map.of("title", "x", "category", "cost",
                "probability", 1, "impact", 1)).status()).isEqualTo(403);
        assertThat(api.post(stakeholder.token(), base + "/tech-debt", Map.of("title", "x", "interestHours", 1,
                "fixHours", 1, "severity", "low")).status()).isEqualTo(403);
        assertThat(api.post(stakeholder.token(), base + "/feasibility-signoffs", Map.of()).status()).isEqualTo(403);
        assertThat(api.patch(outsider.token(), base + "/charter", Map.of("vision", "x", "version", 0)).status()).isEqualTo(404);
    }

    @Test
    void eachRoleMayDoWhatTheMatrixSays() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        String base = "/api/v1/projects/" + project;
        String feature = api.newItem(pm.token(), project, "feature", "Wallet");
        Map<String, Person> people = new java.util.LinkedHashMap<>();
        for (String role : List.of("EM", "ARCHITECT", "PRODUCT_MANAGER", "ENGINEER")) {
            Person person = api.newPerson();
            api.addMember(project, person.username(), role);
            people.put(role, person);
        }
        Map<String, List<Integer>> expected = Map.of(
                "EM", List.of(201, 201, 201, 201),
                "ARCHITECT", List.of(403, 201, 403, 201),
                "PRODUCT_MANAGER", List.of(201, 201, 403, 403),
                "ENGINEER", List.of(403, 403, 403, 403));

        people.forEach((role, person) -> {
            int adr = api.post(person.token(), base + "/charter/adrs", Map.of("title", "ADR by " + role)).status();
            int risk = api.post(person.token(), base + "/risks", Map.of("title", "Risk by " + role, "category", "technical",
                    "probability", 2, "impact", 2)).status();
            int debt = api.post(person.token(), base + "/tech-debt", Map.of("title", "Debt by " + role,
                    "interestHours", 1, "fixHours", 2, "severity", "low")).status();
            int score = api.post(person.token(), base + "/scorecards", Api.fields("item", feature, "feasibility", 3,
                    "feasibilityRationale", "r", "scalability", 3, "scalabilityRationale", "r", "maintainability", 3,
                    "maintainabilityRationale", "r", "risk", 3, "riskRationale", "r")).status();
            assertThat(List.of(adr, risk, debt, score)).as(role).isEqualTo(expected.get(role));
        });
    }
}
