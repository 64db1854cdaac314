package dev.tandem.planning;

/**
 * Where a success metric's actual value comes from: entered by hand, computed from the project's work items over
 * the metric's window of N weeks, or the survey results entered for it.
 */
public enum MetricSource {
    /** Entered by hand. */
    MANUAL,
    /** Median calendar days from actual start to actual finish of items (not milestones) finished in the window. */
    CYCLE_TIME,
    /** Bugs created in the window per story finished in the window. */
    DEFECT_RATE,
    /** Percentage of the milestones due by today that were finished on or before their due date. */
    ON_TIME_MILESTONES,
    /** The respondent-weighted mean score of the survey results taken in the window. */
    SURVEY;

    public boolean computed() {
        return this != MANUAL;
    }
}
