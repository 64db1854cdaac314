package dev.tandem.delayrisk.engine;

/**
 * Whether an item's PM and EM are to be told: once when its probability reaches the threshold, and again only after
 * it has dropped below and reached it anew.
 */
public record WarningState(boolean above, boolean warn) {

    /** {@code wasAbove} is what was recorded at the last check ({@code false} for an item never checked). */
    public static WarningState next(boolean wasAbove, double probability, double threshold) {
        boolean above = probability >= threshold;
        return new WarningState(above, above && !wasAbove);
    }
}
