package dev.tandem.delayrisk;

import java.time.LocalDate;
import java.util.List;

/**
 * How likely an open item or milestone is to finish after {@code target} (its due date, else its planned finish),
 * and the factors that pushed the probability up most, in words.
 */
public record ItemRisk(String key, String title, String type, String assignee, LocalDate target, double probability,
                       int percent, boolean aboveThreshold, List<Reason> reasons) {

    /** {@code feature} names the factor; {@code contribution} is its share of the log-odds of finishing late. */
    public record Reason(String feature, double value, double contribution, String text) {
    }
}
