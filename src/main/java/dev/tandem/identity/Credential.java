package dev.tandem.identity;

import dev.tandem.shared.Actor;

/**
 * Who made a request and how: {@code tokenId} is the personal access token it carried, or null for a browser
 * session. Controllers take it as a parameter, like {@link Actor}, to re-check a long-lived connection later
 * with {@link IdentityManagement#currentActor(long, Long)}.
 */
public record Credential(Actor actor, Long tokenId) {
}
