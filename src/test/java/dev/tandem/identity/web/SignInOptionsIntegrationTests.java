package dev.tandem.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.support.Api;
import dev.tandem.support.TandemIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** Without {@code TANDEM_OIDC_ISSUER_URI} single sign-on is off: no client registration, no button. */
@TandemIntegrationTest
class SignInOptionsIntegrationTests {

    @Autowired
    Api api;

    @Autowired
    ApplicationContext context;

    @Test
    void withoutAnIssuerThereIsOnlyThePasswordForm() {
        var page = api.send("GET", "/signin", null, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"password\"").doesNotContain("/oauth2/authorization");
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
    }
}
