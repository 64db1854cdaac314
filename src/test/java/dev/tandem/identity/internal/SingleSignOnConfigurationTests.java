package dev.tandem.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import dev.tandem.identity.ProjectRoleGrants;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A wrong group mapping stops startup with the entry named, before the provider is even asked. */
class SingleSignOnConfigurationTests {

    static final ProjectRoleGrants PROJECTS = new ProjectRoleGrants() {
        @Override
        public boolean knowsRole(String role) {
            return role.equals("PM");
        }

        @Override
        public void grant(String username, String projectKey, String role) {
        }
    };

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SingleSignOnConfiguration.class, DirectoryConfiguration.class)
            .withBean(ExternalSignIns.class, () -> mock(ExternalSignIns.class))
            .withBean(ProjectRoleGrants.class, () -> PROJECTS);

    @Test
    void anUnknownOrganisationRoleIsNamed() {
        runner.withPropertyValues("tandem.oidc.issuer-uri=http://localhost:1/never-asked", "tandem.oidc.client-id=tandem",
                        "tandem.oidc.group-mapping=a=ADMIN;b=OWNER")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("'b=OWNER'").hasMessageContaining("unknown organisation role"));
    }

    @Test
    void aMalformedOrUnknownProjectRoleIsNamed() {
        runner.withPropertyValues("tandem.ldap.url=ldap://localhost:1/dc=x", "tandem.ldap.user-dn-pattern=uid={0}",
                        "tandem.ldap.group-mapping=pay=project:PAY:CEO")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("unknown project role 'CEO'"));
        runner.withPropertyValues("tandem.oidc.issuer-uri=http://localhost:1/never-asked", "tandem.oidc.client-id=tandem",
                        "tandem.oidc.group-mapping=pay=project:PAY")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("TANDEM_OIDC_GROUP_MAPPING").hasStackTraceContaining("project:KEY:ROLE"));
    }

    @Test
    void withoutAnIssuerOrADirectoryNothingIsConfigured() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SingleSignOn.class)
                .doesNotHaveBean(DirectoryConfiguration.DirectoryPasswords.class));
    }
}
