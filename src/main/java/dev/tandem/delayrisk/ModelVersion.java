package dev.tandem.delayrisk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One training of the delay-risk model: in service ({@code ACTIVE}), replaced ({@code RETIRED}) or failed with its
 * reason. The back-test trained on the finished items before {@code testFrom} and tested on those from it on.
 */
public record ModelVersion(long version, Instant trainedAt, String trainedBy, String status, String failure, int rows,
                           int lateRows, LocalDate testFrom, Integer testRows, Double auc, Double brier,
                           List<CalibrationBin> calibration) {

    /** Test predictions from {@code from} to {@code from + 0.1}: how many, their mean, and the share that were late. */
    public record CalibrationBin(double from, int count, double meanPredicted, double observedLate) {
    }
}
