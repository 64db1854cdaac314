package dev.tandem.identity.internal;

import dev.tandem.identity.Credential;
import dev.tandem.shared.Actor;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets any controller take the signed-in {@link Actor}, or the {@link Credential} of the request, as a parameter. */
final class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class || parameter.getParameterType() == Credential.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        TandemPrincipal principal = current();
        return parameter.getParameterType() == Credential.class ? principal.credential() : principal.actor();
    }

    private static TandemPrincipal current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TandemPrincipal principal) {
            return principal;
        }
        throw new AuthenticationCredentialsNotFoundException("Sign in first.");
    }
}
