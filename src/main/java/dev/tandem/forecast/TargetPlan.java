package dev.tandem.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * What it would take for the P85 finish to meet {@code target}: items to shorten and by how many working days, found
 * greedily (see docs/contexts/forecast.md), with the P85 finish before and after.
 */
public record TargetPlan(String project, LocalDate target, int iterations, long seed, LocalDate p85Before,
                         LocalDate p85After, boolean met, List<Shortening> shortenings) {

    public record Shortening(String key, String title, int days) {
    }
}
