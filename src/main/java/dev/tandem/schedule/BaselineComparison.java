package dev.tandem.schedule;

import java.time.LocalDate;
import java.util.List;

/** The current plan against a baseline: variance in working days, positive when the current date is later. */
public record BaselineComparison(BaselineSummary baseline, LocalDate currentFinish, int finishVarianceDays,
                                 List<Variance> items, List<Variance> milestones, List<String> added,
                                 List<String> removed) {

    public record Variance(String key, String title, String type, LocalDate baselineStart, LocalDate baselineFinish,
                           LocalDate currentStart, LocalDate currentFinish, int startVarianceDays,
                           int finishVarianceDays) {
    }
}
