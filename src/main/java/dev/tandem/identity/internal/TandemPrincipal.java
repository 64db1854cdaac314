package dev.tandem.identity.internal;

import dev.tandem.identity.Credential;
import dev.tandem.shared.Actor;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security keeps it, in the database-backed session too. */
final class TandemPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private String passwordHash;
    private final Long tokenId;
    private final String idToken;

    /** {@code tokenId}: the bearer token the request carried, or null for a password sign-in. */
    TandemPrincipal(Actor actor, String passwordHash, Long tokenId) {
        this(actor, passwordHash, tokenId, null);
    }

    /** {@code idToken}: the OpenID Connect ID token of a single sign-on, kept as the hint for signing out there. */
    TandemPrincipal(Actor actor, String passwordHash, Long tokenId, String idToken) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.tokenId = tokenId;
        this.idToken = idToken;
    }

    /** The same sign-in for the person as they are now. */
    TandemPrincipal withActor(Actor current) {
        return new TandemPrincipal(current, null, tokenId, idToken);
    }

    String idToken() {
        return idToken;
    }

    Actor actor() {
        return actor;
    }

    Credential credential() {
        return new Credential(actor, tokenId);
    }

    /** The principal and its authorities as an authenticated request's {@link Authentication}. */
    Authentication authenticated() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null, getAuthorities());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (actor.orgRole() != null) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + actor.orgRole().name()));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
