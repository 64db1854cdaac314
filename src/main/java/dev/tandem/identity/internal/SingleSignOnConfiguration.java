package dev.tandem.identity.internal;

import dev.tandem.identity.ProjectRoleGrants;
import java.net.URI;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/** OpenID Connect sign-in, on only when {@code TANDEM_OIDC_ISSUER_URI} is set; the provider is asked for its metadata at startup. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${tandem.oidc.issuer-uri:}'.isBlank()")
class SingleSignOnConfiguration {

    @Bean
    SingleSignOn singleSignOn(@Value("${tandem.oidc.issuer-uri}") String issuer,
                              @Value("${tandem.oidc.client-id:}") String clientId,
                              @Value("${tandem.oidc.client-secret:}") String clientSecret,
                              @Value("${tandem.oidc.scopes:openid,profile,email}") String scopes,
                              @Value("${tandem.oidc.provider-name:}") String providerName,
                              @Value("${tandem.oidc.groups-claim:groups}") String groupsClaim,
                              @Value("${tandem.oidc.create-people:false}") boolean createPeople,
                              @Value("${tandem.oidc.group-mapping:}") String groupMapping,
                              ExternalSignIns signIns, ProjectRoleGrants projects) {
        if (clientId.isBlank()) {
            throw new IllegalStateException("TANDEM_OIDC_ISSUER_URI is set but TANDEM_OIDC_CLIENT_ID is not");
        }
        GroupMapping mapping;
        try {
            mapping = GroupMapping.parse(groupMapping, projects::knowsRole);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("TANDEM_OIDC_GROUP_MAPPING: " + e.getMessage(), e);
        }
        var registration = ClientRegistrations.fromIssuerLocation(issuer.strip())
                .registrationId(SingleSignOn.REGISTRATION_ID)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .scope(Arrays.stream(scopes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .build();
        String name = providerName.isBlank() ? URI.create(issuer.strip()).getHost() : providerName.strip();
        return new SingleSignOn(registration, name, groupsClaim.strip(), createPeople, mapping, signIns, projects);
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(SingleSignOn sso) {
        return new InMemoryClientRegistrationRepository(sso.registration());
    }
}
