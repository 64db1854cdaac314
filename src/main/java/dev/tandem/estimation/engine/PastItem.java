package dev.tandem.estimation.engine;

import java.util.Set;

/**
 * A finished item the suggester may learn from. {@code points} and {@code hours} are its actuals, null when it has
 * none; an item without points is never a neighbour for points, one without hours never for hours.
 */
public record PastItem(String key, String title, String type, Set<String> labels, float[] vector, Double points,
                       Double hours) {
}
