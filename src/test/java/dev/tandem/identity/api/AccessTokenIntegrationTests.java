package dev.tandem.identity.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.Response;
import dev.tandem.support.TandemIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Personal access tokens: issued with HTTP Basic only (never with another token), shown once and stored only as a
 * hash, revocable by their owner or an administrator, expiring; and HTTP Basic is accepted on the token endpoint only.
 */
@TandemIntegrationTest
class AccessTokenIntegrationTests {

    @Autowired
    Api api;

    @Test
    void issuesATokenForHttpBasicAndTheTokenOpensTheApi() {
        Person eve = api.newPerson();

        Response issued = api.basic("POST", "/api/v1/me/tokens", eve.username(), eve.password(),
                Map.of("name", "ci", "expiresInDays", 30));

        assertThat(issued.status()).isEqualTo(201);
        String token = issued.text("token");
        assertThat(token).startsWith("tdm_").hasSizeGreaterThan(40);
        assertThat(issued.text("name")).isEqualTo("ci");
        Instant expiresAt = Instant.parse(issued.text("expiresAt"));
        assertThat(expiresAt).isBetween(Instant.now().plus(29, ChronoUnit.DAYS), Instant.now().plus(31, ChronoUnit.DAYS));

        Response me = api.get(token, "/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("username")).isEqualTo(eve.username());
        assertThat(me.text("email")).isEqualTo(eve.username() + "@example.com");
    }

    @Test
    void theSecretIsShownOnceAndStoredOnlyAsItsHash() throws Exception {
        Person eve = api.newPerson();
        Response issued = api.basic("POST", "/api/v1/me/tokens", eve.username(), eve.password(), Map.of("name", "laptop"));
        String secret = issued.text("token");
        long id = issued.number("id");

        var row = api.jdbc().queryForMap("select * from access_token where id = ?", id);
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(secret));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(row.get("token_hash")).isEqualTo(sha256);
        assertThat(api.jdbc().queryForObject("select count(*) from access_token where token_hash = ?", Long.class, secret))
                .isZero();

        Response listed = api.get(eve.token(), "/api/v1/me/tokens");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(secret).doesNotContain(sha256);
        assertThat(listed.texts("", "name")).contains("laptop", "tests");
    }

    @Test
    void aRevokedTokenIsRefused() {
        Person eve = api.newPerson();
        Response issued = api.basic("POST", "/api/v1/me/tokens", eve.username(), eve.password(), Map.of("name", "old"));
        String token = issued.text("token");
        assertThat(api.get(token, "/api/v1/me").status()).isEqualTo(200);

        assertThat(api.delete(eve.token(), "/api/v1/me/tokens/" + issued.number("id")).status()).isEqualTo(204);

        assertInvalidToken(api.get(token, "/api/v1/me"));
        assertInvalidToken(api.get(token, "/api/v1/projects"));
        assertThat(api.get(eve.token(), "/api/v1/me").status()).isEqualTo(200);
        Response listed = api.get(eve.token(), "/api/v1/me/tokens");
        assertThat(listed.json().valueStream().filter(t -> t.get("name").asString().equals("old"))
                .map(t -> t.get("revokedAt").isNull()).toList()).containsExactly(false);
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() {
        Person eve = api.newPerson();
        Person mallory = api.newPerson();
        long id = api.basic("POST", "/api/v1/me/tokens", eve.username(), eve.password(), Map.of("name", "mine")).number("id");

        Response r = api.delete(mallory.token(), "/api/v1/me/tokens/" + id);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.isProblem()).isTrue();
    }

    @Test
    void anAdministratorCannotRevokeSomeoneElsesTokenThroughMe() {
        Person eve = api.newPerson();
        long id = api.basic("POST", "/api/v1/me/tokens", eve.username(), eve.password(), Map.of("name", "mine")).number("id");

        Response r = api.delete(api.adminToken(), "/api/v1/me/tokens/" + id);

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.isProblem()).isTrue();
        assertThat(api.jdbc().queryForObject("select revoked_at from access_token where id = ?", Instant.class, id))
                .isNull();
    }

    @Test
    void anAdministratorListsAndRevokesAPersonsTokensAndTheAuditNamesTheOwner() {
        Person eve = api.newPerson();
        Response issued = api.basic("POST", "/api/v1/me/tokens", eve.username(), eve.password(), Map.of("name", "laptop"));
        String path = "/api/v1/people/" + eve.username() + "/tokens";

        Response listed = api.get(api.adminToken(), path);
        Response revoked = api.delete(api.adminToken(), path + "/" + issued.number("id"));

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.texts("", "name")).containsExactlyInAnyOrder("laptop", "tests");
        assertThat(listed.body()).doesNotContain(issued.text("token"));
        assertThat(revoked.status()).isEqualTo(204);
        assertInvalidToken(api.get(issued.text("token"), "/api/v1/me"));
        assertThat(api.get(eve.token(), "/api/v1/me").status()).isEqualTo(200);
        assertThat(api.jdbc().queryForList("select actor || ' ' || target_type || ' ' || target from audit_entry"
                + " where action = 'token.revoked' and target like ?", String.class, eve.username() + "/%"))
                .containsExactly(Api.ADMIN + " AccessToken " + eve.username() + "/laptop");
    }

    @Test
    void onlyAnAdministratorManagesOtherPeoplesTokensAndOnlyTheirOwn() {
        Person eve = api.newPerson();
        Person pmo = api.newPerson("PMO");
        Person other = api.newPerson();
        long id = api.basic("POST", "/api/v1/me/tokens", eve.username(), eve.password(), Map.of("name", "ci")).number("id");
        String path = "/api/v1/people/" + eve.username() + "/tokens";

        assertThat(api.get(pmo.token(), path).status()).isEqualTo(403);
        assertThat(api.delete(pmo.token(), path + "/" + id).status()).isEqualTo(403);
        assertThat(api.get(eve.token(), path).status()).isEqualTo(403);
        assertThat(api.delete(api.adminToken(), "/api/v1/people/" + other.username() + "/tokens/" + id).status())
                .isEqualTo(404);
        assertThat(api.get(api.adminToken(), "/api/v1/people/nobody-of-that-name/tokens").status()).isEqualTo(404);
        assertThat(api.jdbc().queryForObject("select revoked_at from access_token where id = ?", Instant.class, id))
                .isNull();
    }

    @Test
    void aTokenCannotCreateAnotherToken() {
        Person eve = api.newPerson();

        Response r = api.post(eve.token(), "/api/v1/me/tokens", Map.of("name", "longer", "expiresInDays", 366));

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.detail()).contains("username and password");
        assertThat(r.body()).doesNotContain("tdm_");
        assertThat(api.get(eve.token(), "/api/v1/me/tokens").texts("", "name")).containsExactly("tests");
    }

    @Test
    void anExpiredTokenIsRefused() {
        Person eve = api.newPerson();
        Response issued = api.basic("POST", "/api/v1/me/tokens", eve.username(), eve.password(), Map.of("name", "short"));
        String token = issued.text("token");
        assertThat(api.get(token, "/api/v1/me").status()).isEqualTo(200);

        api.jdbc().update("update access_token set expires_at = created_at where id = ?", issued.number("id"));

        assertInvalidToken(api.get(token, "/api/v1/me"));
    }

    @Test
    void aTokenOfADeactivatedPersonIsRefused() {
        Person eve = api.newPerson();
        long version = api.get(api.adminToken(), "/api/v1/people/" + eve.username()).number("version");

        Response deactivated = api.patch(api.adminToken(), "/api/v1/people/" + eve.username(),
                Map.of("active", false, "version", version));

        assertThat(deactivated.status()).isEqualTo(200);
        assertInvalidToken(api.get(eve.token(), "/api/v1/me"));
    }

    @Test
    void unknownAndMalformedTokensAreRefused() {
        assertInvalidToken(api.get("tdm_thisTokenWasNeverIssuedByTandemAtAll000000", "/api/v1/projects"));
        assertInvalidToken(api.get("not-even-a-tandem-token", "/api/v1/projects"));
    }

    @Test
    void withoutCredentialsTheApiAnswers401() {
        Response r = api.send("GET", "/api/v1/projects", null, null);

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.text("title")).isEqualTo("Sign-in required");
        assertThat(r.detail()).isEqualTo("Send a personal access token as 'Authorization: Bearer <token>'.");
    }

    @Test
    void httpBasicIsAcceptedOnlyOnTheTokenEndpoint() {
        for (String path : new String[] {"/api/v1/me", "/api/v1/projects", "/api/v1/people", "/api/v1/audit/verify",
                "/actuator/prometheus"}) {
            Response r = api.basic("GET", path, Api.ADMIN, Api.ADMIN_PASSWORD, null);
            assertThat(r.status()).as(path).isEqualTo(401);
            assertThat(r.isProblem()).as(path).isTrue();
            assertThat(r.text("title")).isEqualTo("Sign-in required");
        }
        Response post = api.basic("POST", "/api/v1/projects", Api.ADMIN, Api.ADMIN_PASSWORD,
                Map.of("key", Api.uniqueProjectKey(), "name", "Sneaky"));
        assertThat(post.status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        Person eve = api.newPerson();

        Response r = api.basic("POST", "/api/v1/me/tokens", eve.username(), "not-the-password-at-all", Map.of("name", "x"));

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.body()).doesNotContain("tdm_");
    }

    @Test
    void tokenRequestsAreValidated() {
        Person eve = api.newPerson();

        Response blank = api.basic("POST", "/api/v1/me/tokens", eve.username(), eve.password(), Map.of("name", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.isProblem()).isTrue();
        assertThat(blank.json().get("errors").has("name")).isTrue();

        Response tooLong = api.basic("POST", "/api/v1/me/tokens", eve.username(), eve.password(),
                Map.of("name", "ci", "expiresInDays", 400));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").get("expiresInDays").asString()).isEqualTo("must be less than or equal to 366");
    }

    @Test
    void healthIsOpenAndPrometheusNeedsAnAdministratorsToken() {
        Response health = api.send("GET", "/actuator/health", null, null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("status")).isEqualTo("UP");

        assertThat(api.send("GET", "/actuator/prometheus", null, null).status()).isEqualTo(401);
        assertThat(api.get(api.newPerson().token(), "/actuator/prometheus").status()).isEqualTo(403);
        assertThat(api.get(api.newPerson("PMO").token(), "/actuator/prometheus").status()).isEqualTo(403);
        Response metrics = api.send("GET", "/actuator/prometheus", "Bearer " + api.adminToken(), null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    private static void assertInvalidToken(Response r) {
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.text("title")).isEqualTo("Invalid token");
        assertThat(r.detail()).isEqualTo(
                "The access token is unknown, expired or revoked. Create a new one with POST /api/v1/me/tokens.");
    }
}
