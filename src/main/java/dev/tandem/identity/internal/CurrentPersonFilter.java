package dev.tandem.identity.internal;

import dev.tandem.identity.IdentityManagement;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser session keeps the person as they were at sign-in; this re-reads them on every page request (one
 * lookup by id). A deactivated or deleted person's session ends, so they are sent to sign in; a changed role
 * replaces the one in the session at once.
 */
final class CurrentPersonFilter extends OncePerRequestFilter {

    private final IdentityManagement identity;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    CurrentPersonFilter(IdentityManagement identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TandemPrincipal principal) {
            var current = identity.currentActor(principal.actor().personId(), null);
            if (current.isEmpty()) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!current.get().equals(principal.actor())) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(principal.withActor(current.get()).authenticated());
                SecurityContextHolder.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
