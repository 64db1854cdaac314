package dev.tandem.identity.internal;

import dev.tandem.identity.IdentityManagement;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins towards the throttle and records every sign-in in the audit trail. */
@Component
class SignInAuditor {

    private final IdentityManagement identity;

    SignInAuditor(IdentityManagement identity) {
        this.identity = identity;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        identity.recordSignIn(event.getAuthentication().getName(), remoteAddress(event.getAuthentication()));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        // only the throttle refuses with LockedException: no account is ever locked itself
        identity.recordFailedSignIn(event.getAuthentication().getName(), remoteAddress(event.getAuthentication()),
                event instanceof AuthenticationFailureLockedEvent);
    }

    static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
