package dev.tandem.identity.internal;

import dev.tandem.identity.IdentityManagement;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry {@code Authorization: Bearer <personal access token>}. */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final IdentityManagement identity;
    private final ProblemWriter problems;

    BearerTokenFilter(IdentityManagement identity, ProblemWriter problems) {
        this.identity = identity;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var actor = identity.authenticateToken(header.substring(7).strip());
        if (actor.isEmpty()) {
            problems.unauthorized(response, "Invalid token",
                    "The access token is unknown, expired or revoked. Create a new one with POST /api/v1/me/tokens.",
                    SecurityConfiguration.BEARER_CHALLENGE + ", error=\"invalid_token\"");
            return;
        }
        var principal = new TandemPrincipal(actor.get(), null, true, false);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
