package dev.tandem.identity.internal;

import dev.tandem.identity.IdentityManagement;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class TandemUserDetailsService implements UserDetailsService {

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
                .filter(a -> a.passwordHash() != null)
                .map(a -> new TandemPrincipal(a.actor(), a.passwordHash(), a.active(), a.locked()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
