package dev.tandem.query;

import java.time.Instant;

/**
 * A saved filter as the surfaces show it: {@code project} is the key of the project it is shared with (null when
 * private), {@code mine} whether the reader owns it (and so may change it), {@code subscribed} whether they hear of
 * new matches.
 */
public record FilterView(long id, String name, String query, String project, String owner, boolean mine,
                         boolean subscribed, long version, Instant updatedAt) {
}
