package dev.tandem.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The first baseline waits for the feasibility sign-offs of the EM and the architect, and names who is missing. */
@TandemIntegrationTest
class FeasibilitySignoffIntegrationTests {

    @Autowired
    Api api;

    @Test
    void theFirstBaselineIsRefusedNamingWhoHasNotSignedOffUntilEmAndArchitectHave() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person em = api.newPerson();
        Person architect = api.newPerson();
        Person engineer = api.newPerson();
        api.addMember(project, em.username(), "EM");
        api.addMember(project, architect.username(), "ARCHITECT");
        api.addMember(project, engineer.username(), "ENGINEER");
        api.newItem(pm.token(), project, Map.of("type", "task", "title", "Build", "mostLikelyDays", 3));
        String baselines = "/api/v1/projects/" + project + "/baselines";
        String signoffs = "/api/v1/projects/" + project + "/feasibility-signoffs";

        Response refused = api.post(pm.token(), baselines, Map.of("name", "Kick-off"));
        Response byEngineer = api.post(engineer.token(), signoffs, Map.of("comment", "Looks fine to me"));
        Response byPm = api.post(pm.token(), signoffs, Map.of("comment", "Feasible"));
        Response byAdmin = api.post(api.adminToken(), signoffs, Map.of("comment", "Feasible"));
        Response byEm = api.post(em.token(), signoffs, Map.of("comment", "Feasible with the fallback acquirer"));
        Response stillRefused = api.post(pm.token(), baselines, Map.of("name", "Kick-off"));
        Response byArchitect = api.post(architect.token(), signoffs, Map.of("comment", "Architecture holds"));
        Response captured = api.post(pm.token(), baselines, Map.of("name", "Kick-off"));
        Response status = api.get(engineer.token(), signoffs);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.detail()).isEqualTo("The first baseline needs the feasibility sign-off of: EM "
                + em.username() + ", ARCHITECT " + architect.username());
        assertThat(byEngineer.status()).isEqualTo(403);
        assertThat(byPm.status()).isEqualTo(403);
        assertThat(byAdmin.status()).isEqualTo(403);
        assertThat(byEm.status()).isEqualTo(201);
        assertThat(byEm.text("role")).isEqualTo("EM");
        assertThat(byEm.text("comment")).isEqualTo("Feasible with the fallback acquirer");
        assertThat(stillRefused.status()).isEqualTo(409);
        assertThat(stillRefused.detail()).isEqualTo("The first baseline needs the feasibility sign-off of: ARCHITECT "
                + architect.username());
        assertThat(byArchitect.status()).isEqualTo(201);
        assertThat(captured.status()).as(captured.toString()).isEqualTo(201);
        assertThat(captured.text("name")).isEqualTo("Kick-off");
        assertThat(status.json().get("absentRoles").size()).isZero();
        assertThat(status.json().get("missing").size()).isZero();
        assertThat(status.texts("signoffs", "username")).containsExactly(em.username(), architect.username());
    }

    @Test
    void signOffsAreAudited() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person em = api.newPerson();
        api.addMember(project, em.username(), "EM");

        assertThat(api.post(em.token(), "/api/v1/projects/" + project + "/feasibility-signoffs", Map.of("comment", "OK"))
                .status()).isEqualTo(201);
        Response audit = api.get(api.adminToken(), "/api/v1/audit?size=50&actor=" + em.username());

        assertThat(audit.texts("entries", "action")).contains("feasibility.signed-off");
        assertThat(audit.texts("entries", "target")).contains(project);
    }

    @Test
    void fromCreationTheFirstBaselineNeedsAnEmAndAnArchitectWhoHaveSignedOff() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        api.newItem(pm.token(), project, Map.of("type", "task", "title", "Build", "mostLikelyDays", 2));
        String baselines = "/api/v1/projects/" + project + "/baselines";
        String signoffs = "/api/v1/projects/" + project + "/feasibility-signoffs";

        Response onlyPm = api.post(pm.token(), baselines, Map.of("name", "Plan"));
        Response onlyPmStatus = api.get(pm.token(), signoffs);
        Person em = api.newPerson();
        api.addMember(project, em.username(), "EM");
        assertThat(api.post(em.token(), signoffs, Map.of("comment", "Feasible")).status()).isEqualTo(201);
        Response noArchitect = api.post(pm.token(), baselines, Map.of("name", "Plan"));
        Response nothingCaptured = api.get(pm.token(), baselines);
        Person architect = api.newPerson();
        api.addMember(project, architect.username(), "ARCHITECT");
        Response unsigned = api.post(pm.token(), baselines, Map.of("name", "Plan"));
        assertThat(api.post(architect.token(), signoffs, Map.of("comment", "Holds")).status()).isEqualTo(201);
        Response captured = api.post(pm.token(), baselines, Map.of("name", "Plan"));

        assertThat(onlyPm.status()).isEqualTo(409);
        assertThat(onlyPm.isProblem()).isTrue();
        assertThat(onlyPm.detail()).isEqualTo("The first baseline needs the feasibility sign-off of an EM and an architect"
                + " of the project; add them under Members.");
        assertThat(onlyPmStatus.json().get("absentRoles").toString()).isEqualTo("[\"EM\",\"ARCHITECT\"]");
        assertThat(noArchitect.status()).isEqualTo(409);
        assertThat(noArchitect.detail()).isEqualTo("The first baseline needs the feasibility sign-off of an EM and an"
                + " architect of the project; add an architect under Members.");
        assertThat(nothingCaptured.json().size()).isZero();
        assertThat(unsigned.status()).isEqualTo(409);
        assertThat(unsigned.detail()).isEqualTo("The first baseline needs the feasibility sign-off of: ARCHITECT "
                + architect.username());
        assertThat(captured.status()).as(captured.toString()).isEqualTo(201);
        assertThat(api.get(pm.token(), baselines).json().size()).isEqualTo(1);
    }

    @Test
    void outsidersCannotSignOffAndLearnNothing() {
        Person pm = api.newPerson("PMO");
        String project = api.newProject(pm.token());
        Person outsider = api.newPerson();

        assertThat(api.post(outsider.token(), "/api/v1/projects/" + project + "/feasibility-signoffs",
                Map.of("comment", "x")).status()).isEqualTo(404);
    }
}
