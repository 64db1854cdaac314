package dev.tandem.forecast.internal;

import dev.tandem.forecast.engine.DurationDistribution;
import dev.tandem.forecast.engine.LearnedRatios;
import dev.tandem.schedule.ForecastNetwork;
import dev.tandem.schedule.engine.ScheduleNetwork;
import dev.tandem.schedule.engine.WorkingCalendar;
import dev.tandem.workitem.ItemView;
import dev.tandem.workitem.StatusCategory;
import java.util.ArrayList;
import java.util.List;

/**
 * How uncertain each item's duration is (docs/contexts/forecast.md). Done work, milestones and summaries keep the
 * network's duration. An item with all three of optimistic, most likely and pessimistic days takes a triangular
 * distribution over them, scaled so that its PERT mean is the duration the forecast schedules (the planned dates when
 * set, less the days already worked); any other unfinished item takes the ratios learned from the project's finished
 * items ({@link LearnedRatios}) times that duration. Leave days are added on top, unscaled.
 */
public final class DurationModels {

    /** What drives each activity's duration: null where it is fixed. */
    public record Models(DurationDistribution[] distributions, String[] basis, LearnedRatios history) {
    }

    private DurationModels() {
    }

    public static Models of(ForecastNetwork forecast) {
        ScheduleNetwork network = forecast.network();
        LearnedRatios history = LearnedRatios.of(history(forecast.items(), network, forecast.calendar()));
        DurationDistribution[] distributions = new DurationDistribution[network.activityCount()];
        String[] basis = new String[network.activityCount()];
        for (ItemView item : forecast.items()) {
            int activity = network.indexOf(item.key());
            if (network.isSummary(activity) || network.duration(activity) == 0
                    || item.statusCategory() == StatusCategory.DONE) {
                continue;
            }
            int leave = forecast.leaveDays().getOrDefault(item.key(), 0);
            int days = Math.max(1, network.duration(activity) - leave);
            if (item.optimisticDays() != null && item.mostLikelyDays() != null && item.pessimisticDays() != null) {
                double low = item.optimisticDays().doubleValue();
                double mode = item.mostLikelyDays().doubleValue();
                double high = item.pessimisticDays().doubleValue();
                double pert = (low + 4 * mode + high) / 6;
                distributions[activity] = DurationDistribution.triangular(low, mode, high, pert > 0 ? days / pert : days,
                        leave);
                basis[activity] = "three-point";
            } else {
                distributions[activity] = history.distribution(item.type(), days, leave);
                basis[activity] = switch (history.basis(item.type())) {
                    case ITEM_TYPE -> "history-type";
                    case PROJECT -> "history-project";
                    case DEFAULT_SPREAD -> "default-spread";
                };
            }
        }
        return new Models(distributions, basis, history);
    }

    /** Finished work items with planned and actual dates: their planned and actual working days. */
    static List<LearnedRatios.Finished> history(List<ItemView> items, ScheduleNetwork network, WorkingCalendar calendar) {
        List<LearnedRatios.Finished> history = new ArrayList<>();
        for (ItemView item : items) {
            if (item.statusCategory() != StatusCategory.DONE || "milestone".equals(item.type())
                    || network.isSummary(network.indexOf(item.key())) || item.plannedStart() == null
                    || item.plannedFinish() == null || item.actualStart() == null || item.actualFinish() == null) {
                continue;
            }
            int planned = calendar.finishIndexOf(item.plannedFinish()) - calendar.startIndexOf(item.plannedStart());
            int actual = calendar.finishIndexOf(item.actualFinish()) - calendar.startIndexOf(item.actualStart());
            history.add(new LearnedRatios.Finished(item.type(), Math.max(1, planned), Math.max(1, actual)));
        }
        return history;
    }
}
