package dev.tandem.identity.api;

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

/** Five wrong passwords in a row lock the account, so that even the right password is refused afterwards. */
@TandemIntegrationTest
class SignInThrottlingIntegrationTests {

    @Autowired
    Api api;

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        Person eve = api.newPerson();

        for (int attempt = 1; attempt <= 5; attempt++) {
            Response wrong = api.basic("POST", "/api/v1/me/tokens", eve.username(), "wrong-password-" + attempt,
                    Map.of("name", "guess"));
            assertThat(wrong.status()).as("attempt %d", attempt).isEqualTo(401);
            assertThat(wrong.isProblem()).isTrue();
        }
        List<JsonNode> failures = signIns(eve.username(), "signin.failed");
        assertThat(failures).hasSize(5);
        assertThat(failures).allSatisfy(e -> {
            assertThat(e.get("actor").asString()).isEqualTo(eve.username());
            assertThat(e.get("targetType").asString()).isEqualTo("Person");
            assertThat(e.get("target").asString()).isEqualTo(eve.username());
        });
        assertThat(failures.getFirst().get("summary").asString()).endsWith("locked for 15 minutes");
        assertThat(failures.getLast().get("summary").asString()).doesNotContain("locked");

        Response rightPassword = api.basic("POST", "/api/v1/me/tokens", eve.username(), eve.password(), Map.of("name", "ci"));

        assertThat(rightPassword.status()).isEqualTo(401);
        assertThat(rightPassword.isProblem()).isTrue();
        assertThat(rightPassword.body()).doesNotContain("tdm_");
        assertThat(signIns(eve.username(), "signin.failed")).hasSize(6);
        assertThat(signIns(eve.username(), "token.issued")).hasSize(1);
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        Person eve = api.newPerson();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(api.basic("POST", "/api/v1/me/tokens", eve.username(), "wrong", Map.of("name", "x")).status())
                    .isEqualTo(401);
        }
        api.issueToken(eve.username(), eve.password());

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(api.basic("POST", "/api/v1/me/tokens", eve.username(), "wrong", Map.of("name", "x")).status())
                    .isEqualTo(401);
        }

        assertThat(api.basic("POST", "/api/v1/me/tokens", eve.username(), eve.password(), Map.of("name", "ci")).status())
                .isEqualTo(201);
    }

    @Test
    void aFailedSignInOfAnUnknownNameIsAudited() {
        String nobody = Api.uniqueUsername();

        assertThat(api.basic("POST", "/api/v1/me/tokens", nobody, "whatever-password", Map.of("name", "x")).status())
                .isEqualTo(401);

        assertThat(signIns(nobody, "signin.failed")).hasSize(1);
    }

    /** The person's audit entries with this action, newest first. */
    private List<JsonNode> signIns(String username, String action) {
        Response r = api.get(api.adminToken(), "/api/v1/audit?size=200&actor=" + username);
        assertThat(r.status()).isEqualTo(200);
        return r.json().get("entries").valueStream().filter(e -> e.get("action").asString().equals(action)).toList();
    }
}
