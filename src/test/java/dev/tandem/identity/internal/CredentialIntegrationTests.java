package dev.tandem.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.Credential;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.shared.Actor;
import dev.tandem.support.Api;
import dev.tandem.support.Api.Person;
import dev.tandem.support.TandemIntegrationTest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springdoc.core.service.AbstractRequestService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;

/** A controller's {@link Credential} parameter names the bearer token of the request, or none for a session. */
@TandemIntegrationTest
class CredentialIntegrationTests {

    @Autowired
    IdentityManagement identity;

    @Autowired
    ProblemWriter problems;

    @Autowired
    Api api;

    @AfterEach
    void forgetTheSignedInPerson() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBearerRequestResolvesToItsToken() throws Exception {
        Person eve = api.newPerson();
        long tokenId = api.get(eve.token(), "/api/v1/me/tokens").json().get(0).get("id").asLong();
        var request = new MockHttpServletRequest("GET", "/api/v1/me");
        request.addHeader("Authorization", "Bearer " + eve.token());
        AtomicReference<Object> resolved = new AtomicReference<>();

        new BearerTokenFilter(identity, problems).doFilter(request, new MockHttpServletResponse(),
                (req, res) -> resolved.set(resolve("credential", req)));

        Actor actor = identity.currentActor(identity.get(eve.username()).id(), null).orElseThrow();
        assertThat(resolved.get()).isEqualTo(new Credential(actor, tokenId));
    }

    @Test
    void aSessionResolvesToNoToken() throws Exception {
        Actor actor = new Actor(42, "eve", null);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TandemPrincipal(actor, null, null).authenticated());
        SecurityContextHolder.setContext(context);

        var request = new MockHttpServletRequest("GET", "/account");

        assertThat(resolve("credential", request)).isEqualTo(new Credential(actor, null));
        assertThat(resolve("actor", request)).isEqualTo(actor);
    }

    @Test
    void theApiDocumentLeavesItOut() {
        assertThat(AbstractRequestService.isRequestTypeToIgnore(Credential.class)).isTrue();
    }

    private static Object resolve(String handler, ServletRequest request) {
        try {
            var method = Handlers.class.getDeclaredMethod(handler, handler.equals("actor") ? Actor.class : Credential.class);
            return new ActorArgumentResolver().resolveArgument(new MethodParameter(method, 0), null,
                    new ServletWebRequest((HttpServletRequest) request), null);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Controller methods in shape only, to resolve their parameters. */
    @SuppressWarnings("unused")
    private static final class Handlers {
        void credential(Credential credential) {
        }

        void actor(Actor actor) {
        }
    }
}
