package dev.tandem.estimation;

import java.util.List;

/**
 * Suggested story points and hours with the most similar finished items as the reason. {@code points} is null when
 * there was nothing to learn from and {@code hours} when no similar finished item has hours recorded; {@code reason}
 * says in a sentence what the suggestion rests on. {@code source} tells whether the items came from the project or,
 * because it had fewer than three, from every project the caller can read; {@code model} names the text model used.
 */
public record EstimateSuggestion(Double points, Double hours, List<SimilarItem> similar, int basedOn, Source source,
                                 String model, String reason) {

    public enum Source {
        PROJECT, ORGANISATION
    }
}
