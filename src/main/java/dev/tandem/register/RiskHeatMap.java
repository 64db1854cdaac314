package dev.tandem.register;

import java.util.List;

/**
 * The 5×5 heat map of the risks that are not closed: rows by probability from 5 down to 1, columns by impact 1 to
 * 5. A cell's {@code zone} follows its score: low 1–4, medium 5–9, high 10–16, severe 20–25.
 */
public record RiskHeatMap(int threshold, List<Row> rows) {

    public record Row(int probability, List<Cell> cells) {
    }

    public record Cell(int probability, int impact, int score, String zone, boolean aboveThreshold, List<String> risks) {
    }

    public Cell cell(int probability, int impact) {
        return rows.get(5 - probability).cells().get(impact - 1);
    }

    static String zone(int score) {
        if (score >= 20) {
            return "severe";
        }
        if (score >= 10) {
            return "high";
        }
        return score >= 5 ? "medium" : "low";
    }
}
