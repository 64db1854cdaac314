package dev.tandem.estimation.engine;

import java.util.List;

/**
 * What the suggester proposes: story points and, where similar finished items have hours, hours; {@code similar} holds
 * the most similar past items as the reason. {@code points} is null when there is nothing to learn from, then
 * {@code reason} says why; {@code hours} is null when no neighbour has hours recorded.
 */
public record Suggestion(Double points, Double hours, List<Match> similar, int neighbours, Reason reason) {

    public enum Reason {
        /** Points from the nearest finished items. */
        SIMILAR_ITEMS,
        /** No finished item with story points to learn from. */
        NO_FINISHED_ITEMS
    }

    public boolean present() {
        return points != null;
    }
}
