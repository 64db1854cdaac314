package dev.tandem.identity.api;

import static dev.tandem.support.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** People: only an administrator creates them; everyone edits themselves; edits carry a version. */
@TandemIntegrationTest
class PeopleApiIntegrationTests {

    @Autowired
    Api api;

    @Test
    void anAdministratorCreatesAPerson() {
        String username = Api.uniqueUsername();

        Response r = api.post(api.adminToken(), "/api/v1/people", fields("username", username, "displayName", "Eve",
                "email", username + "@example.com", "password", "a-long-enough-password", "weeklyCapacityHours", 32,
                "skills", List.of(Map.of("name", "java", "level", 4))));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.text("username")).isEqualTo(username);
        assertThat(r.text("displayName")).isEqualTo("Eve");
        assertThat(r.text("email")).isEqualTo(username + "@example.com");
        assertThat(r.text("locale")).isEqualTo("en");
        assertThat(r.json().get("weeklyCapacityHours").decimalValue()).isEqualByComparingTo("32");
        assertThat(r.json().get("active").asBoolean()).isTrue();
        assertThat(r.number("version")).isZero();
        assertThat(r.body()).doesNotContain("a-long-enough-password");
        assertThat(api.jdbc().queryForObject("select password_hash from person where username = ?", String.class, username))
                .startsWith("{bcrypt}").doesNotContain("a-long-enough-password");
        assertThat(api.issueToken(username, "a-long-enough-password")).startsWith("tdm_");
    }

    @Test
    void onlyAnAdministratorCreatesPeople() {
        for (Person someone : List.of(api.newPerson(), api.newPerson("PMO"))) {
            String username = Api.uniqueUsername();
            Response r = api.post(someone.token(), "/api/v1/people", Map.of("username", username, "displayName", "X",
                    "email", username + "@example.com"));
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.detail()).isEqualTo("Only an administrator may do this.");
            assertThat(api.get(api.adminToken(), "/api/v1/people/" + username).status()).isEqualTo(404);
        }
    }

    @Test
    void refusesTakenNamesBadNamesAndShortPasswords() {
        Person eve = api.newPerson();

        Response taken = api.post(api.adminToken(), "/api/v1/people", Map.of("username", eve.username(),
                "displayName", "Eve 2", "email", "other-" + eve.username() + "@example.com"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.detail()).isEqualTo("The username '" + eve.username() + "' is taken.");

        Response badName = api.post(api.adminToken(), "/api/v1/people", Map.of("username", "Eve Smith",
                "displayName", "Eve", "email", "eve-smith@example.com"));
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.json().get("errors").has("username")).isTrue();

        String username = Api.uniqueUsername();
        Response shortPassword = api.post(api.adminToken(), "/api/v1/people", Map.of("username", username,
                "displayName", "Eve", "email", username + "@example.com", "password", "short"));
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.detail()).isEqualTo("password must be 12 to 128 characters long");
        assertThat(api.get(api.adminToken(), "/api/v1/people/" + username).status()).isEqualTo(404);
    }

    @Test
    void aPersonEditsThemselvesWithTheirVersion() {
        Person eve = api.newPerson();

        Response edited = api.patch(eve.token(), "/api/v1/people/" + eve.username(),
                Map.of("displayName", "Eve Li", "locale", "zh-CN", "version", 0));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.text("displayName")).isEqualTo("Eve Li");
        assertThat(edited.text("locale")).isEqualTo("zh-CN");
        assertThat(edited.number("version")).isEqualTo(1);

        Response stale = api.patch(eve.token(), "/api/v1/people/" + eve.username(), Map.of("displayName", "Late", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.number("currentVersion")).isEqualTo(1);
        assertThat(api.get(eve.token(), "/api/v1/me").text("displayName")).isEqualTo("Eve Li");
    }

    @Test
    void aPersonCannotEditOthersNorMakeThemselvesAdmin() {
        Person eve = api.newPerson();
        Person bob = api.newPerson();

        Response other = api.patch(eve.token(), "/api/v1/people/" + bob.username(), Map.of("displayName", "Bobby", "version", 0));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.detail()).isEqualTo("Only an administrator may change other people.");

        Response promote = api.patch(eve.token(), "/api/v1/people/" + eve.username(), Map.of("orgRole", "ADMIN", "version", 0));
        assertThat(promote.status()).isEqualTo(403);
        assertThat(api.get(api.adminToken(), "/api/v1/people/" + eve.username()).text("orgRole")).isNull();
    }

    @Test
    void emailsAreShownOnlyToOverseersAndToThePersonThemselves() {
        Person eve = api.newPerson();
        Person bob = api.newPerson();

        assertThat(api.get(eve.token(), "/api/v1/people/" + bob.username()).text("email")).isNull();
        assertThat(api.get(eve.token(), "/api/v1/people/" + eve.username()).text("email"))
                .isEqualTo(eve.username() + "@example.com");
        assertThat(api.get(api.adminToken(), "/api/v1/people/" + bob.username()).text("email"))
                .isEqualTo(bob.username() + "@example.com");
        Response list = api.get(eve.token(), "/api/v1/people");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.texts("", "username")).contains(eve.username(), bob.username());
        assertThat(list.texts("", "email")).containsOnlyNulls();
    }

    @Test
    void oneChangesOnesOwnPasswordWithTheCurrentOneOnly() {
        Person eve = api.newPerson();
        long version = api.get(eve.token(), "/api/v1/me").number("version");
        String next = "a-brand-new-password-2";

        Response byPatch = api.patch(eve.token(), "/api/v1/people/" + eve.username(),
                Map.of("password", next, "version", version));
        Response wrong = api.post(eve.token(), "/api/v1/me/password",
                Map.of("currentPassword", "not-the-password", "newPassword", next));
        assertThat(byPatch.status()).isEqualTo(400);
        assertThat(byPatch.detail()).contains("/api/v1/me/password");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(api.basic("POST", "/api/v1/me/tokens", eve.username(), next, Map.of("name", "x")).status())
                .isEqualTo(401);

        Response right = api.post(eve.token(), "/api/v1/me/password",
                Map.of("currentPassword", eve.password(), "newPassword", next));
        assertThat(right.status()).isEqualTo(204);
        assertThat(api.basic("POST", "/api/v1/me/tokens", eve.username(), next, Map.of("name", "x")).status())
                .isEqualTo(201);
        assertThat(api.jdbc().queryForObject("select summary from audit_entry where action = 'person.updated'"
                + " and target = ? order by seq desc limit 1", String.class, eve.username())).isEqualTo("password: changed");
    }

    @Test
    void anAdministratorSetsSomeoneElsesPasswordWithoutTheirs() {
        Person eve = api.newPerson();
        long version = api.get(api.adminToken(), "/api/v1/people/" + eve.username()).number("version");
        Response set = api.patch(api.adminToken(), "/api/v1/people/" + eve.username(),
                Map.of("password", "set-by-the-admin-3", "version", version));
        assertThat(set.status()).isEqualTo(200);
        assertThat(api.basic("POST", "/api/v1/me/tokens", eve.username(), "set-by-the-admin-3", Map.of("name", "x"))
                .status()).isEqualTo(201);
    }
}
