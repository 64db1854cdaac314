package dev.tandem.identity.internal;

import dev.tandem.identity.ProjectRoleGrants;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;

/**
 * Who an LDAP bind signed in as here: the directory entry's DN is the subject (the directory's URL the issuer);
 * its {@code mail} counts as verified, since the directory is the organisation's own; its groups' names are mapped.
 */
final class DirectorySignIn implements UserDetailsContextMapper {

    private static final Logger LOG = LoggerFactory.getLogger(DirectorySignIn.class);

    private final String issuer;
    private final boolean createPeople;
    private final GroupMapping mapping;
    private final ExternalSignIns signIns;
    private final ProjectRoleGrants projects;

    DirectorySignIn(String issuer, boolean createPeople, GroupMapping mapping, ExternalSignIns signIns,
                    ProjectRoleGrants projects) {
        this.issuer = issuer;
        this.createPeople = createPeople;
        this.mapping = mapping;
        this.signIns = signIns;
        this.projects = projects;
    }

    @Override
    public UserDetails mapUserFromContext(DirContextOperations entry, String username,
                                          Collection<? extends GrantedAuthority> groups) {
        String mail = entry.getStringAttribute("mail");
        var account = new ExternalAccount(issuer, entry.getNameInNamespace(), mail, mail != null, username,
                entry.getStringAttribute("cn"), groups.stream().map(GrantedAuthority::getAuthority).toList());
        try {
            return new TandemPrincipal(signIns.signIn(account, createPeople, mapping, projects), null, null);
        } catch (ExternalSignIns.Refused e) {
            LOG.info("Directory sign-in refused: {}", e.getMessage());
            throw new BadCredentialsException("Refused");
        }
    }

    @Override
    public void mapUserToContext(UserDetails user, DirContextAdapter ctx) {
        throw new UnsupportedOperationException("Tandem never writes to the directory");
    }
}
