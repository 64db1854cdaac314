package dev.tandem.delayrisk.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * A back-test: a model trained on the rows before {@code testFrom} predicted the rows from it on. AUC (0.5 is a coin
 * toss), Brier score (mean squared error of the probability; lower is better) and ten calibration bins of width 0.1.
 */
public record Evaluation(LocalDate testFrom, int trainRows, int testRows, double auc, double brier, List<Bin> calibration) {

    /** Predictions between {@code from} and {@code from + 0.1}: how many, their mean, and the share that were late. */
    public record Bin(double from, int count, double meanPredicted, double observedLate) {
    }
}
