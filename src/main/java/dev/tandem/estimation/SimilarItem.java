package dev.tandem.estimation;

/** A finished item shown as the reason for a suggestion: its actuals and how similar it is (rounded to 0.01). */
public record SimilarItem(String key, String title, Double points, Double hours, double similarity) {
}
