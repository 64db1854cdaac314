package dev.tandem.identity.internal;

import dev.tandem.identity.IdentityManagement;
import dev.tandem.shared.Text;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <personal access token>}. Creating a token is
 * refused to a token, so that a stolen short-lived token cannot be turned into a long-lived one.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final RequestMatcher ISSUING_A_TOKEN =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/me/tokens");

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
        if (ISSUING_A_TOKEN.matches(request)) {
            problems.unauthorized(request, response, Text.of("problem.title.passwordRequired"),
                    Text.of("problem.identity.tokenCannotIssue"), SecurityConfiguration.BASIC_CHALLENGE);
            return;
        }
        var credential = identity.authenticateToken(header.substring(7).strip());
        if (credential.isEmpty()) {
            problems.unauthorized(request, response, Text.of("problem.title.invalidToken"),
                    Text.of("problem.identity.tokenUnknown"), SecurityConfiguration.BEARER_CHALLENGE + ", error=\"invalid_token\"");
            return;
        }
        var principal = new TandemPrincipal(credential.get().actor(), null, credential.get().tokenId());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(principal.authenticated());
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
