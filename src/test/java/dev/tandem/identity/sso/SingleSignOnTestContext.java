package dev.tandem.identity.sso;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tandem with single sign-on through {@link OidcTestProvider} and local passwords off; the tests extending this
 * share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SingleSignOnTestContext {

    static final String PROJECT = "SSOPAY";

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("tandem.oidc.issuer-uri", OidcTestProvider::issuer);
        registry.add("tandem.oidc.client-id", () -> OidcTestProvider.CLIENT_ID);
        registry.add("tandem.oidc.client-secret", () -> OidcTestProvider.CLIENT_SECRET);
        registry.add("tandem.oidc.provider-name", () -> "Test IdP");
        registry.add("tandem.oidc.create-people", () -> "true");
        registry.add("tandem.oidc.group-mapping", () -> "tandem-admins=ADMIN; pay-pm=project:" + PROJECT + ":PM");
        registry.add("tandem.local-passwords", () -> "false");
    }
}
