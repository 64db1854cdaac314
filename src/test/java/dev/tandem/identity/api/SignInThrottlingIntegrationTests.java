package dev.tandem.identity.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Failed sign-ins are throttled by the name typed and by the client address (docs/permissions.md): five failures
 * for a name refuse it to the addresses they came from, not to others; ten failures from an address refuse that
 * address. Known and unknown names get the same answers. Each test signs in from its own loopback address.
 */
@TandemIntegrationTest
class SignInThrottlingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Test
    void fiveWrongPasswordsRefuseTheNameToThatAddress() {
        Person eve = api.newPerson();
        Api attacker = api.from(Api.uniqueClientAddress());

        for (int attempt = 1; attempt <= 5; attempt++) {
            Response wrong = attacker.basic("POST", "/api/v1/me/tokens", eve.username(), "wrong-password-" + attempt,
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
        assertThat(failures.getFirst().get("summary").asString()).endsWith("name throttled for 15 minutes");
        assertThat(failures.getLast().get("summary").asString()).doesNotContain("throttled");

        Response rightPassword = attacker.basic("POST", "/api/v1/me/tokens", eve.username(), eve.password(),
                Map.of("name", "ci"));

        assertThat(rightPassword.status()).isEqualTo(401);
        assertThat(rightPassword.isProblem()).isTrue();
        assertThat(rightPassword.detail()).isEqualTo("Too many failed sign-ins: try again in 15 minutes.");
        assertThat(rightPassword.body()).doesNotContain("tdm_");
        assertThat(signIns(eve.username(), "signin.failed")).hasSize(6);
        assertThat(signIns(eve.username(), "signin.failed").getFirst().get("summary").asString())
                .endsWith("refused: too many failed sign-ins");
        assertThat(signIns(eve.username(), "token.issued")).hasSize(1);
    }

    @Test
    void anotherAddressStillSignsInWhileTheNameIsThrottled() {
        Person eve = api.newPerson();
        var attacker = new PageSession(port, Api.uniqueClientAddress());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(attacker.signIn(eve.username(), "wrong-password-" + attempt).location())
                    .endsWith("/signin?error");
        }

        Response fromTheAttacker = api.from(attacker.clientAddress()).basic("POST", "/api/v1/me/tokens", eve.username(),
                eve.password(), Map.of("name", "stolen"));
        Response fromElsewhere = api.from(Api.uniqueClientAddress()).basic("POST", "/api/v1/me/tokens", eve.username(),
                eve.password(), Map.of("name", "mine"));
        var eveInHerBrowser = new PageSession(port, Api.uniqueClientAddress()).signIn(eve.username(), eve.password());

        assertThat(fromTheAttacker.status()).as("HTTP Basic counts the form's failures").isEqualTo(401);
        assertThat(fromElsewhere.status()).isEqualTo(201);
        assertThat(eveInHerBrowser.location()).doesNotContain("/signin");
    }

    @Test
    void aKnownAndAnUnknownNameGetTheSameAnswers() {
        Person eve = api.newPerson();
        String nobody = Api.uniqueUsername();

        assertThat(answers(eve.username())).isEqualTo(answers(nobody))
                .containsExactly("/signin?error", "/signin?error", "/signin?error", "/signin?error", "/signin?error",
                        "/signin?locked");
        Response known = api.from(Api.uniqueClientAddress()).basic("POST", "/api/v1/me/tokens", eve.username(),
                "wrong-password", Map.of("name", "x"));
        Response unknown = api.from(Api.uniqueClientAddress()).basic("POST", "/api/v1/me/tokens", nobody,
                "wrong-password", Map.of("name", "x"));
        assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(401);
        assertThat(known.body()).isEqualTo(unknown.body());
    }

    @Test
    void anAddressWithTenFailuresIsRefusedEvenTheRightPassword() {
        Person eve = api.newPerson();
        InetAddress attacker = Api.uniqueClientAddress();
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(api.from(attacker).basic("POST", "/api/v1/me/tokens", Api.uniqueUsername(), "guess-" + attempt,
                    Map.of("name", "x")).status()).isEqualTo(401);
        }

        Response eveFromThatAddress = api.from(attacker).basic("POST", "/api/v1/me/tokens", eve.username(),
                eve.password(), Map.of("name", "ci"));
        Response eveFromElsewhere = api.from(Api.uniqueClientAddress()).basic("POST", "/api/v1/me/tokens",
                eve.username(), eve.password(), Map.of("name", "ci"));

        assertThat(eveFromThatAddress.status()).isEqualTo(401);
        assertThat(eveFromThatAddress.detail()).isEqualTo("Too many failed sign-ins: try again in 15 minutes.");
        assertThat(eveFromElsewhere.status()).isEqualTo(201);
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        Person eve = api.newPerson();
        Api client = api.from(Api.uniqueClientAddress());
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(client.basic("POST", "/api/v1/me/tokens", eve.username(), "wrong", Map.of("name", "x")).status())
                    .isEqualTo(401);
        }
        client.issueToken(eve.username(), eve.password());

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(client.basic("POST", "/api/v1/me/tokens", eve.username(), "wrong", Map.of("name", "x")).status())
                    .isEqualTo(401);
        }

        assertThat(client.basic("POST", "/api/v1/me/tokens", eve.username(), eve.password(), Map.of("name", "ci"))
                .status()).isEqualTo(201);
    }

    @Test
    void aFailedSignInLeavesThePersonUnchanged() {
        Person eve = api.newPerson();
        var before = api.jdbc().queryForMap("select * from person where username = ?", eve.username());

        assertThat(api.from(Api.uniqueClientAddress()).basic("POST", "/api/v1/me/tokens", eve.username(), "wrong",
                Map.of("name", "x")).status()).isEqualTo(401);

        assertThat(api.jdbc().queryForMap("select * from person where username = ?", eve.username()))
                .as("an administrator editing this person meanwhile gets no conflict").isEqualTo(before);
    }

    @Test
    void aFailedSignInOfAnUnknownNameIsAudited() {
        String nobody = Api.uniqueUsername();
        InetAddress address = Api.uniqueClientAddress();

        assertThat(api.from(address).basic("POST", "/api/v1/me/tokens", nobody, "whatever-password",
                Map.of("name", "x")).status()).isEqualTo(401);

        assertThat(signIns(nobody, "signin.failed")).singleElement()
                .satisfies(e -> assertThat(e.get("summary").asString()).isEqualTo("from: " + address.getHostAddress()));
    }

    /** Where the sign-in form sends six wrong passwords for {@code username}, from a fresh address. */
    private List<String> answers(String username) {
        var browser = new PageSession(port, Api.uniqueClientAddress());
        List<String> locations = new ArrayList<>();
        for (int attempt = 1; attempt <= 6; attempt++) {
            String location = browser.signIn(username, "wrong-password-" + attempt).location();
            locations.add(location.substring(location.indexOf("/signin")));
        }
        return locations;
    }

    /** The person's audit entries with this action, newest first. */
    private List<JsonNode> signIns(String username, String action) {
        Response r = api.get(api.adminToken(), "/api/v1/audit?size=200&actor=" + username);
        assertThat(r.status()).isEqualTo(200);
        return r.json().get("entries").valueStream().filter(e -> e.get("action").asString().equals(action)).toList();
    }
}
