package dev.tandem.knowledge;

import java.util.List;

/**
 * The wiki pages and work items most like a page or an item, the most similar first. {@code ready} is false while the
 * text itself has not been read by the model yet (then {@code related} is empty); {@code pending} counts the pages and
 * items still waiting to be read, which may join the answer a moment later.
 */
public record RelatedView(boolean ready, int pending, List<Related> related) {

    /** {@code kind} is {@code page} or {@code item}; {@code where} the space's or project's name. */
    public record Related(String kind, String key, String title, String href, String where, double similarity) {
    }

    static RelatedView nothing() {
        return new RelatedView(true, 0, List.of());
    }
}
