package dev.tandem.identity.internal;

import dev.tandem.identity.IdentityManagement;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Password sign-in, for the sign-in form and HTTP Basic alike, behind the throttle: a refused attempt is not
 * checked at all and fails with {@link LockedException}, whether or not the name exists.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final IdentityManagement identity;
    private final AuthenticationProvider passwords;

    ThrottledSignIn(IdentityManagement identity, AuthenticationProvider passwords) {
        this.identity = identity;
        this.passwords = passwords;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!identity.signInAllowed(authentication.getName(), SignInAuditor.remoteAddress(authentication))) {
            throw new LockedException("Too many failed sign-ins.");
        }
        return passwords.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
