package dev.tandem.estimation.engine;

/**
 * A past item among the nearest, with its actuals, how similar it is (cosine of the texts plus type and labels) and its
 * age (finished items after it).
 */
public record Match(String key, String title, Double points, Double hours, double similarity, int age) {
}
