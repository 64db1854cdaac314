package dev.tandem.identity.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Days of leave: recorded by the person (or an admin), audited; read by the person, admins and PMO, and the people
 * who share a project with them.
 */
@TandemIntegrationTest
class LeaveApiIntegrationTests {

    @Autowired
    Api api;

    @Test
    void leaveIsOnesOwnToRecordAndMustBeARealRange() {
        Person engineer = api.newPerson();
        String other = api.newPersonWithoutPassword();

        Response own = api.post(engineer.token(), "/api/v1/people/" + engineer.username() + "/leave",
                Map.of("from", "2027-02-01", "to", "2027-02-03"));
        Response others = api.post(engineer.token(), "/api/v1/people/" + other + "/leave", Map.of("from", "2027-02-01"));
        Response backwards = api.post(engineer.token(), "/api/v1/people/" + engineer.username() + "/leave",
                Map.of("from", "2027-02-05", "to", "2027-02-01"));
        Response removed = api.delete(engineer.token(), "/api/v1/people/" + engineer.username()
                + "/leave?from=2027-02-02");
        Response read = api.get(engineer.token(), "/api/v1/people/" + engineer.username()
                + "/leave?from=2027-01-01&to=2027-12-31");

        assertThat(texts(own.json().get("days"))).containsExactly("2027-02-01", "2027-02-02", "2027-02-03");
        assertThat(others.status()).isEqualTo(403);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(texts(removed.json().get("days"))).containsExactly("2027-02-02");
        assertThat(texts(read.json().get("days"))).containsExactly("2027-02-01", "2027-02-03");
        assertThat(api.jdbc().queryForList("select action || ' ' || summary from audit_entry where target = ?"
                + " and action like 'person.leave%' order by seq", String.class, engineer.username()))
                .containsExactly("person.leave-added leave: 2027-02-01 … 2027-02-03",
                        "person.leave-removed leave: 2027-02-02");
    }

    @Test
    void anAdminRecordsLeaveForAnyone() {
        String other = api.newPersonWithoutPassword();

        Response added = api.post(api.adminToken(), "/api/v1/people/" + other + "/leave",
                Map.of("from", "2027-03-05", "to", "2027-03-08"));
        Response again = api.post(api.adminToken(), "/api/v1/people/" + other + "/leave", Map.of("from", "2027-03-08"));
        Response tooLong = api.post(api.adminToken(), "/api/v1/people/" + other + "/leave",
                Map.of("from", "2027-01-01", "to", "2028-06-01"));
        Response nobody = api.post(api.adminToken(), "/api/v1/people/nobody-here/leave", Map.of("from", "2027-03-05"));

        assertThat(texts(added.json().get("days"))).containsExactly("2027-03-05", "2027-03-06", "2027-03-07",
                "2027-03-08");
        assertThat(texts(again.json().get("days"))).isEmpty();
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(nobody.status()).isEqualTo(404);
    }

    @Test
    void leaveIsReadOnlyByThePersonOversightAndPeopleWhoShareAProject() {
        Person eve = api.newPerson();
        Person colleague = api.newPerson();
        Person stranger = api.newPerson();
        Person pmo = api.newPerson("PMO");
        String project = api.newProject(api.adminToken());
        api.addMember(project, eve.username(), "ENGINEER");
        api.addMember(project, colleague.username(), "STAKEHOLDER");
        api.post(eve.token(), "/api/v1/people/" + eve.username() + "/leave", Map.of("from", "2027-04-12"));
        String path = "/api/v1/people/" + eve.username() + "/leave?from=2027-04-01&to=2027-04-30";

        Response byStranger = api.get(stranger.token(), path);

        assertThat(byStranger.status()).isEqualTo(403);
        assertThat(byStranger.isProblem()).isTrue();
        assertThat(byStranger.body()).doesNotContain("2027-04-12");
        for (String reader : List.of(eve.token(), colleague.token(), pmo.token(), api.adminToken())) {
            Response read = api.get(reader, path);
            assertThat(read.status()).isEqualTo(200);
            assertThat(texts(read.json().get("days"))).containsExactly("2027-04-12");
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
