package dev.tandem.estimation.engine;

import java.util.Set;

/**
 * A finished item the suggester may learn from. {@code points} and {@code hours} are its actuals, null when it has
 * none; an item without points is never a neighbour for points, one without hours never for hours. {@code age} is how
 * many of the history's finished items were finished after this one (0 for the most recent; equal for items finished
 * together), so the suggester can trust newer work more.
 */
public record PastItem(String key, String title, String type, Set<String> labels, float[] vector, Double points,
                       Double hours, int age) {

    public PastItem {
        if (age < 0) {
            throw new IllegalArgumentException("age must not be negative");
        }
    }
}
