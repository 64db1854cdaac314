package dev.tandem.delayrisk;

import java.time.LocalDate;
import java.util.List;

/**
 * The delay risk of a project's open items and milestones, highest first. {@code basis} says what scored them: the
 * trained model ({@code modelVersion} names it) or, while there is too little finished work, the documented rule.
 */
public record ProjectDelayRisk(String project, LocalDate asOf, Basis basis, Long modelVersion, double threshold,
                               List<ItemRisk> items) {

    public enum Basis { MODEL, RULE }
}
