package dev.tandem.portfolio.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Projects and membership: who opens a project, how members and roles change, and that a project keeps a PM. */
@TandemIntegrationTest
class ProjectsApiIntegrationTests {

    @Autowired
    Api api;

    @Test
    void theOneWhoOpensAProjectBecomesItsPm() {
        Person pmo = api.newPerson("PMO");
        String key = Api.uniqueProjectKey();

        Response created = api.post(pmo.token(), "/api/v1/projects", Map.of("key", key, "name", "Bar", "startDate", "2027-01-04"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("key")).isEqualTo(key);
        assertThat(created.text("name")).isEqualTo("Bar");
        assertThat(created.text("startDate")).isEqualTo("2027-01-04");
        assertThat(created.text("myRole")).isEqualTo("PM");
        assertThat(created.number("version")).isZero();

        Response read = api.get(pmo.token(), "/api/v1/projects/" + key);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("name")).isEqualTo("Bar");
        Response members = api.get(pmo.token(), "/api/v1/projects/" + key + "/members");
        assertThat(members.texts("", "username")).containsExactly(pmo.username());
        assertThat(members.texts("", "role")).containsExactly("PM");
        Response statuses = api.get(pmo.token(), "/api/v1/projects/" + key + "/statuses");
        assertThat(statuses.texts("", "name")).containsExactly("Backlog", "To do", "In progress", "In review", "Done");
    }

    @Test
    void onlyAdministratorsAndThePmoOpenProjects() {
        Person engineer = api.newPerson();
        String key = Api.uniqueProjectKey();

        Response r = api.post(engineer.token(), "/api/v1/projects", Map.of("key", key, "name", "Mine"));

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.detail()).isEqualTo("Only an administrator or the PMO may create projects.");
        assertThat(api.get(api.adminToken(), "/api/v1/projects/" + key).status()).isEqualTo(404);
        assertThat(api.post(api.adminToken(), "/api/v1/projects", Map.of("key", key, "name", "Admin's")).status())
                .isEqualTo(201);
    }

    @Test
    void refusesADuplicateOrMalformedKey() {
        String key = api.newProject(api.adminToken());

        Response duplicate = api.post(api.adminToken(), "/api/v1/projects", Map.of("key", key, "name", "Again"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.detail()).isEqualTo("A project with key " + key + " already exists.");

        Response lower = api.post(api.adminToken(), "/api/v1/projects", Map.of("key", "bar", "name", "Bar"));
        assertThat(lower.status()).isEqualTo(400);
        assertThat(lower.json().get("errors").get("key").asString())
                .isEqualTo("must be 2–10 upper-case letters or digits, starting with a letter (like PAY)");
    }

    @Test
    void theProjectListShowsOnlyProjectsOfWhichOneIsAMember() {
        Person pmo = api.newPerson("PMO");
        String mine = api.newProject(pmo.token());
        String other = api.newProject(api.adminToken());
        Person engineer = api.newPerson();
        api.addMember(mine, engineer.username(), "ENGINEER");

        Response engineers = api.get(engineer.token(), "/api/v1/projects");
        assertThat(engineers.texts("", "key")).containsExactly(mine);
        assertThat(engineers.texts("", "myRole")).containsExactly("ENGINEER");
        assertThat(api.get(pmo.token(), "/api/v1/projects").texts("", "key")).contains(mine, other);
    }

    @Test
    void membersAreAddedRoleChangedAndRemoved() {
        Person pmo = api.newPerson("PMO");
        String key = api.newProject(pmo.token());
        Person eve = api.newPerson();
        String members = "/api/v1/projects/" + key + "/members";

        Response added = api.post(pmo.token(), members, Map.of("username", eve.username(), "role", "ENGINEER"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.text("username")).isEqualTo(eve.username());
        assertThat(added.text("role")).isEqualTo("ENGINEER");
        assertThat(added.number("version")).isZero();
        assertThat(api.get(eve.token(), "/api/v1/projects/" + key).text("myRole")).isEqualTo("ENGINEER");

        Response again = api.post(pmo.token(), members, Map.of("username", eve.username(), "role", "EM"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.detail()).isEqualTo(eve.username() + " is already a member of " + key + "; change their role instead.");

        Response changed = api.patch(pmo.token(), members + "/" + eve.username(), Map.of("role", "EM", "version", 0));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.text("role")).isEqualTo("EM");
        assertThat(changed.number("version")).isEqualTo(1);

        Response stale = api.patch(pmo.token(), members + "/" + eve.username(), Map.of("role", "ARCHITECT", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.number("currentVersion")).isEqualTo(1);

        assertThat(api.delete(pmo.token(), members + "/" + eve.username()).status()).isEqualTo(204);
        assertThat(api.get(pmo.token(), members).texts("", "username")).containsExactly(pmo.username());
        assertThat(api.get(eve.token(), "/api/v1/projects/" + key).status()).isEqualTo(404);
    }

    @Test
    void refusesUnknownPeopleAndRoles() {
        String key = api.newProject(api.adminToken());
        String members = "/api/v1/projects/" + key + "/members";

        Response nobody = api.post(api.adminToken(), members, Map.of("username", "zz-nobody", "role", "ENGINEER"));
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.detail()).isEqualTo("username names nobody: 'zz-nobody'");

        Response role = api.post(api.adminToken(), members, Map.of("username", api.newPersonWithoutPassword(), "role", "WIZARD"));
        assertThat(role.status()).isEqualTo(400);
        assertThat(role.isProblem()).isTrue();
        assertThat(role.detail()).isEqualTo("'WIZARD' is not a valid value for role.");
        assertThat(api.get(api.adminToken(), members).json()).hasSize(1);
    }

    @Test
    void aProjectKeepsAtLeastOnePm() {
        Person pmo = api.newPerson("PMO");
        String key = api.newProject(pmo.token());
        String self = "/api/v1/projects/" + key + "/members/" + pmo.username();

        Response demote = api.patch(pmo.token(), self, Map.of("role", "EM", "version", 0));
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.detail()).isEqualTo(key + " must keep at least one PM; make someone else PM first.");
        assertThat(api.delete(pmo.token(), self).status()).isEqualTo(409);

        String other = api.newPersonWithoutPassword();
        api.addMember(key, other, "PM");
        assertThat(api.patch(pmo.token(), self, Map.of("role", "EM", "version", 0)).status()).isEqualTo(200);
    }

    @Test
    void aPmEditsTheProjectWithItsVersion() {
        Person pmo = api.newPerson("PMO");
        String key = api.newProject(pmo.token());

        Response edited = api.patch(pmo.token(), "/api/v1/projects/" + key, Map.of("name", "Renamed", "version", 0));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.text("name")).isEqualTo("Renamed");
        assertThat(edited.number("version")).isEqualTo(1);

        Response stale = api.patch(pmo.token(), "/api/v1/projects/" + key, Map.of("name", "Late", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.number("currentVersion")).isEqualTo(1);
    }
}
