package dev.tandem.search;

import java.time.Instant;

/**
 * One hit. {@code title} is null for a comment (it is shown as a comment on {@code ref}); {@code snippet} is HTML:
 * the text around the matched words, escaped, with the words in {@code <mark>}, or null when only the title matched.
 */
public record SearchHit(SearchKind kind, String ref, String title, String projectKey, String snippet, Instant at,
                        String url) {

    /** Whether {@code ref} means something to a reader (an item key, a space, an ADR's number); for meeting records it is an id. */
    public boolean refShown() {
        return kind == SearchKind.ITEM || kind == SearchKind.COMMENT || kind == SearchKind.PAGE || kind == SearchKind.ADR;
    }
}
