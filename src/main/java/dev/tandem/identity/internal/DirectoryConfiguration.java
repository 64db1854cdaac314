package dev.tandem.identity.internal;

import dev.tandem.identity.ProjectRoleGrants;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.DefaultLdapAuthoritiesPopulator;
import org.springframework.security.ldap.userdetails.LdapAuthoritiesPopulator;
import org.springframework.security.ldap.authentication.NullLdapAuthoritiesPopulator;

/** Password sign-in by an LDAP bind, on only when {@code TANDEM_LDAP_URL} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${tandem.ldap.url:}'.isBlank()")
class DirectoryConfiguration {

    /** Not a bean of its own type: the one password provider is {@code passwordSignIn}, which asks this one first. */
    @Bean
    DirectoryPasswords directoryPasswords(@Value("${tandem.ldap.url}") String url,
                                          @Value("${tandem.ldap.user-dn-pattern:}") String userDnPattern,
                                          @Value("${tandem.ldap.user-search-base:}") String userSearchBase,
                                          @Value("${tandem.ldap.user-search-filter:(uid={0})}") String userSearchFilter,
                                          @Value("${tandem.ldap.bind-dn:}") String bindDn,
                                          @Value("${tandem.ldap.bind-password:}") String bindPassword,
                                          @Value("${tandem.ldap.group-search-base:}") String groupSearchBase,
                                          @Value("${tandem.ldap.group-search-filter:(member={0})}") String groupSearchFilter,
                                          @Value("${tandem.ldap.group-mapping:}") String groupMapping,
                                          @Value("${tandem.ldap.create-people:false}") boolean createPeople,
                                          ExternalSignIns signIns, ProjectRoleGrants projects) {
        if (userDnPattern.isBlank() && userSearchBase.isBlank()) {
            throw new IllegalStateException(
                    "TANDEM_LDAP_URL is set but neither TANDEM_LDAP_USER_DN_PATTERN nor TANDEM_LDAP_USER_SEARCH_BASE is");
        }
        GroupMapping mapping;
        try {
            mapping = GroupMapping.parse(groupMapping, projects::knowsRole);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("TANDEM_LDAP_GROUP_MAPPING: " + e.getMessage(), e);
        }
        var directory = new DefaultSpringSecurityContextSource(url.strip());
        if (!bindDn.isBlank()) {
            directory.setUserDn(bindDn);
            directory.setPassword(bindPassword);
        }
        directory.afterPropertiesSet();
        var bind = new BindAuthenticator(directory);
        if (!userDnPattern.isBlank()) {
            bind.setUserDnPatterns(new String[] {userDnPattern.strip()});
        }
        if (!userSearchBase.isBlank()) {
            bind.setUserSearch(new FilterBasedLdapUserSearch(userSearchBase.strip(), userSearchFilter, directory));
        }
        LdapAuthoritiesPopulator groups = new NullLdapAuthoritiesPopulator();
        if (!groupSearchBase.isBlank()) {
            var search = new DefaultLdapAuthoritiesPopulator(directory, groupSearchBase.strip());
            search.setGroupSearchFilter(groupSearchFilter);
            search.setRolePrefix("");
            search.setConvertToUpperCase(false);
            search.setSearchSubtree(true);
            search.setIgnorePartialResultException(true);
            groups = search;
        }
        var provider = new LdapAuthenticationProvider(bind, groups);
        provider.setUserDetailsContextMapper(new DirectorySignIn(url.strip(), createPeople, mapping, signIns, projects));
        return new DirectoryPasswords(provider);
    }

    record DirectoryPasswords(LdapAuthenticationProvider provider) {
    }
}
