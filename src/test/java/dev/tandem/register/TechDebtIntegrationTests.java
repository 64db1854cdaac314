package dev.tandem.register;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Debt priority follows its formula; debt planned into the buffer consumes it. */
@TandemIntegrationTest
class TechDebtIntegrationTests {

    @Autowired
    Api api;

    @Test
    void priorityIsInterestOverFixCostTimesSeverityWeightAndTheReportSortsByIt() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person em = api.newPerson();
        Person architect = api.newPerson();
        api.addMember(project, em.username(), "EM");
        api.addMember(project, architect.username(), "ARCHITECT");
        String path = "/api/v1/projects/" + project + "/tech-debt";

        Response cheap = api.post(em.token(), path, Map.of("title", "Hand-rolled retry loop", "component", "gateway",
                "interestHours", 2, "fixHours", 16, "severity", "critical"));
        Response dear = api.post(em.token(), path, Map.of("title", "No contract tests", "component", "ledger",
                "interestHours", 4, "fixHours", 8, "severity", "high"));
        Response paid = api.post(pm.token(), path, Map.of("title", "Old logging", "interestHours", 1, "fixHours", 1,
                "severity", "low", "status", "paid"));
        Response zeroFix = api.post(em.token(), path, Map.of("title", "X", "interestHours", 1, "fixHours", 0,
                "severity", "low"));
        Response byArchitect = api.post(architect.token(), path, Map.of("title", "X", "interestHours", 1, "fixHours", 2,
                "severity", "low"));
        Response report = api.get(pm.token(), "/api/v1/projects/" + project + "/tech-debt-report");

        assertThat(cheap.status()).isEqualTo(201);
        assertThat(cheap.json().get("priority").decimalValue()).isEqualByComparingTo("0.50");
        assertThat(cheap.text("formula")).isEqualTo("2 h ÷ 16 h × 4 (critical) = 0.50");
        assertThat(dear.json().get("priority").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(dear.text("formula")).isEqualTo("4 h ÷ 8 h × 3 (high) = 1.50");
        assertThat(paid.status()).isEqualTo(201);
        assertThat(zeroFix.status()).isEqualTo(400);
        assertThat(byArchitect.status()).isEqualTo(403);
        assertThat(report.texts("debts", "label")).containsExactly("D2", "D1");
        assertThat(report.number("unpaid")).isEqualTo(2);
        assertThat(report.json().get("interestPerSprint").decimalValue()).isEqualByComparingTo("6");
        assertThat(report.json().get("fixHoursUnpaid").decimalValue()).isEqualByComparingTo("24");
    }

    @Test
    void debtPlannedIntoTheBufferConsumesItAndSetsTheFeverZone() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        String path = "/api/v1/projects/" + project + "/tech-debt";
        String buffer = "/api/v1/projects/" + project + "/buffer";

        Response set = api.send("PUT", buffer, "Bearer " + pm.token(), Map.of("bufferDays", 10, "version", 0));
        api.post(pm.token(), path, Map.of("title", "A", "interestHours", 3, "fixHours", 8, "severity", "medium",
                "inBuffer", true));
        Response yellow = api.get(pm.token(), buffer);
        api.post(pm.token(), path, Map.of("title", "B", "interestHours", 3, "fixHours", 16, "severity", "medium",
                "inBuffer", true));
        api.post(pm.token(), path, Map.of("title", "C", "interestHours", 3, "fixHours", 40, "severity", "medium"));
        Response red = api.get(pm.token(), buffer);
        Response stale = api.send("PUT", buffer, "Bearer " + pm.token(), Map.of("bufferDays", 12, "version", 0));

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.text("zone")).isEqualTo("GREEN");
        assertThat(yellow.json().get("consumedDays").decimalValue()).isEqualByComparingTo("1");
        assertThat(yellow.json().get("consumedPercent").decimalValue()).isEqualByComparingTo("10");
        assertThat(yellow.json().get("chainCompletedPercent").decimalValue()).isEqualByComparingTo("0");
        assertThat(yellow.text("zone")).isEqualTo("YELLOW");
        assertThat(red.json().get("consumedDays").decimalValue()).isEqualByComparingTo("3");
        assertThat(red.json().get("consumedPercent").decimalValue()).isEqualByComparingTo("30");
        assertThat(red.text("zone")).isEqualTo("RED");
        assertThat(red.json().get("debts").toString()).isEqualTo("[\"D1\",\"D2\"]");
        assertThat(stale.status()).isEqualTo(409);
    }
}
