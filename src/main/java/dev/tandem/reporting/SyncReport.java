package dev.tandem.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import dev.tandem.schedule.ProjectForecast;
import dev.tandem.schedule.SlipReport;
import java.util.List;

/**
 * The agenda of the weekly project–engineering sync (项目-工程同步会), prepared from the data: where the milestones
 * stand against the baseline, what got done, what is blocked or late, who is over capacity, how scope moved, how
 * the critical path changed since the week before, the change requests before the board and what was decided.
 * <p>
 * {@code forecastBasis} says whose numbers the baseline, finishes and milestones are: today's ({@code forecastAsOf}
 * is today), those recorded at the end of a past week ({@code forecastAsOf} is the day of that record), or none
 * because nothing was recorded in that week (the fields are then empty). {@code delayRisks} and {@code delivery} (the
 * DORA metrics of the last 90 days) are today's, and empty for a past week. {@code load} is everyone with scheduled work
 * in the week, {@code overCapacity} those of them with more than they can give.
 */
public record SyncReport(String project, String week, LocalDate from, LocalDate to, LocalDate asOf,
                         ForecastBasis forecastBasis, LocalDate forecastAsOf, String baseline,
                         LocalDate plannedFinish, LocalDate forecastFinish, List<ProjectForecast.Milestone> milestones,
                         List<ItemLine> completed, List<Blocker> newBlockers, List<Blocker> openBlockers,
                         List<ItemLine> overdue, List<PersonLoad> overCapacity, Scope scopeAdded, Scope scopeRemoved,
                         CriticalPathChange criticalPath, List<RiskSource.Risk> risks,
                         List<ReviewBoardSource.InReview> changesInReview, List<ReviewBoardSource.Decided> changesDecided,
                         List<DecisionSource.Decision> decisions, List<DecisionSource.ActionItem> actionItems,
                         List<Moved> moved, List<EarnedValueSource.Figures> earnedValue,
                         List<DelayRiskSource.DelayRisk> delayRisks, List<DeliverySource.Figures> delivery,
                         List<PersonLoad> load) {

    /**
     * A date that moved since the week before (last week's recorded forecast, else the first baseline): from
     * {@code startDate} to {@code endDate}, {@code slipDays} working days, with its largest causes; {@code link} opens
     * all of them.
     */
    public record Moved(String target, String title, String since, LocalDate startDate, LocalDate endDate, int slipDays,
                        int causes, List<SlipReport.Cause> topCauses, String link) {
    }

    public enum ForecastBasis {
        /** The current or a coming week: the forecast as of today. */
        TODAY,
        /** A past week: the forecast as last recorded in that week. */
        RECORDED,
        /** A past week in which no forecast was recorded. */
        NOT_RECORDED
    }

    public record ItemLine(String key, String title, String type, String assignee, LocalDate date) {
    }

    public record Blocker(String key, String title, String owner, String reason, LocalDate since, long ageDays) {
    }

    /** Hours of scheduled work in the week against what the person can give in its working days, less their leave. */
    public record PersonLoad(String username, String displayName, BigDecimal availableHours, BigDecimal plannedHours,
                             List<String> items) {
    }

    public record Scope(int items, BigDecimal storyPoints, BigDecimal estimateHours, BigDecimal mostLikelyDays,
                        List<String> keys) {
    }

    /**
     * {@code currentKnown} is false for a past week whose critical path was not recorded ({@code current} is then
     * empty); {@code previousKnown} is false when no snapshot of the week before was taken.
     */
    public record CriticalPathChange(boolean currentKnown, String previousWeek, boolean previousKnown, List<String> current,
                                     List<String> joined, List<String> left) {
    }
}
