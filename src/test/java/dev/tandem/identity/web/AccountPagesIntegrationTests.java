package dev.tandem.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.PageSession;
import dev.tandem.support.TandemIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The account page creates a token only for the password typed with the request, as the API does. */
@TandemIntegrationTest
class AccountPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Test
    void creatingATokenOnThePageNeedsThePassword() {
        Person eve = api.newPerson();
        var browser = new PageSession(port);
        browser.signIn(eve.username(), eve.password());
        browser.get("/account");

        var without = browser.post("/account/tokens", Map.of("name", "no-password", "expiresInDays", "366"));
        var wrong = browser.post("/account/tokens", Map.of("name", "wrong-password", "expiresInDays", "366",
                "password", "not-the-password"));
        var right = browser.post("/account/tokens", Map.of("name", "laptop", "expiresInDays", "30",
                "password", eve.password()));

        assertThat(without.status()).isEqualTo(400);
        assertThat(without.body()).doesNotContain("tdm_").contains("type your password to create a token");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).doesNotContain("tdm_").contains("the password is wrong");
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.body()).contains("tdm_");
        assertThat(api.get(eve.token(), "/api/v1/me/tokens").texts("", "name"))
                .containsExactlyInAnyOrder("tests", "laptop");
        assertThat(api.jdbc().queryForList("select action from audit_entry where actor = ? and action like 'signin.%'"
                + " order by seq", String.class, eve.username()))
                .as("the page's password check is a sign-in, audited and throttled like one")
                .endsWith("signin.failed", "signin.succeeded");
    }
}
