package dev.tandem.identity.internal;

import dev.tandem.identity.IdentityManagement;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Accounts that may sign in with a password. A deactivated person is treated as unknown, so that their password
 * is still checked against a dummy hash and the answer and its timing match those for a name nobody has.
 */
final class TandemUserDetailsService implements UserDetailsService {

    private final IdentityManagement identity;

    TandemUserDetailsService(IdentityManagement identity) {
        this.identity = identity;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.length() > 64) {
            throw new UsernameNotFoundException("unknown");
        }
        return identity.signInAccount(username)
                .filter(a -> a.passwordHash() != null && a.active())
                .map(a -> new TandemPrincipal(a.actor(), a.passwordHash(), null))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
