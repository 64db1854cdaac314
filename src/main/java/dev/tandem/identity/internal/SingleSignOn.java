package dev.tandem.identity.internal;

import dev.tandem.identity.ProjectRoleGrants;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.util.UriComponentsBuilder;

/** OpenID Connect sign-in: who a provider's user is here, and where signing out of the provider goes. */
final class SingleSignOn {

    static final String REGISTRATION_ID = "oidc";
    /** The error code of a sign-in refused by Tandem (not by the provider), shown as its own message. */
    static final String REFUSED = "tandem_refused";
    private static final Logger LOG = LoggerFactory.getLogger(SingleSignOn.class);

    private final ClientRegistration registration;
    private final String providerName;
    private final String groupsClaim;
    private final boolean createPeople;
    private final GroupMapping mapping;
    private final ExternalSignIns signIns;
    private final ProjectRoleGrants projects;
    private final OidcUserService users = new OidcUserService();

    SingleSignOn(ClientRegistration registration, String providerName, String groupsClaim, boolean createPeople,
                 GroupMapping mapping, ExternalSignIns signIns, ProjectRoleGrants projects) {
        this.registration = registration;
        this.providerName = providerName;
        this.groupsClaim = groupsClaim;
        this.createPeople = createPeople;
        this.mapping = mapping;
        this.signIns = signIns;
        this.projects = projects;
    }

    ClientRegistration registration() {
        return registration;
    }

    String providerName() {
        return providerName;
    }

    /** The provider's user (checked by Spring: signature, issuer, audience, nonce) as a person here. */
    OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = users.loadUser(request);
        List<String> groups = Optional.ofNullable(user.getClaimAsStringList(groupsClaim)).orElse(List.of());
        var account = new ExternalAccount(user.getIssuer().toString(), user.getSubject(), user.getEmail(),
                Boolean.TRUE.equals(user.getEmailVerified()), user.getPreferredUsername(), user.getFullName(), groups);
        try {
            return new TandemOidcUser(user, signIns.signIn(account, createPeople, mapping, projects));
        } catch (ExternalSignIns.Refused e) {
            LOG.info("Single sign-on refused: {}", e.getMessage());
            throw new OAuth2AuthenticationException(new OAuth2Error(REFUSED), e.getMessage());
        }
    }

    /** Where signing out continues, for the pages' {@code form-action}: browsers apply it to the redirect too. */
    Optional<String> endSessionOrigin() {
        return Optional.ofNullable(registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint"))
                .map(endpoint -> UriComponentsBuilder.fromUriString(endpoint.toString()).replacePath(null)
                        .replaceQuery(null).fragment(null).build().toUriString());
    }

    /** RP-initiated logout, when the provider advertises an {@code end_session_endpoint}. */
    Optional<String> endSessionUri(String idToken, String afterSignOut) {
        Object endpoint = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endpoint == null || idToken == null) {
            return Optional.empty();
        }
        return Optional.of(UriComponentsBuilder.fromUriString(endpoint.toString())
                .queryParam("id_token_hint", idToken)
                .queryParam("post_logout_redirect_uri", afterSignOut)
                .queryParam("client_id", registration.getClientId())
                .encode().build().toUriString());
    }
}
