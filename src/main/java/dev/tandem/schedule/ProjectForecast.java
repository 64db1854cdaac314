package dev.tandem.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan against today's reality: finished work at its actual dates, late work pushed to today. {@code slipDays}
 * counts working days from the baseline date (or the planned date without a baseline) to the forecast; positive is late.
 */
public record ProjectForecast(String project, LocalDate today, String baseline, LocalDate plannedFinish,
                              LocalDate forecastFinish, List<Milestone> milestones) {

    public record Milestone(String key, String title, boolean done, LocalDate baselineDate, LocalDate plannedDate,
                            LocalDate forecastDate, int slipDays, boolean critical) {
    }
}
