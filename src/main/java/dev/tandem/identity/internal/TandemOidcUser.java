package dev.tandem.identity.internal;

import dev.tandem.shared.Actor;
import java.io.Serial;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The provider's user together with the person it signed in as; replaced by a {@link TandemPrincipal} at once. */
final class TandemOidcUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;

    TandemOidcUser(OidcUser user, Actor actor) {
        super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
        this.actor = actor;
    }

    Actor actor() {
        return actor;
    }
}
