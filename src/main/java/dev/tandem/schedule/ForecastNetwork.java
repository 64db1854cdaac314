package dev.tandem.schedule;

import dev.tandem.schedule.engine.ScheduleNetwork;
import dev.tandem.schedule.engine.WorkingCalendar;
import dev.tandem.workitem.ItemView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The forecast as of today in the engine's terms, for simulations that vary its durations: the network the deterministic
 * forecast schedules (done work at its actual dates, work under way with its remaining days, nothing unfinished before
 * today, leave folded in), with the calendar, the items and what the deterministic forecast and latest baseline say.
 *
 * @param leaveDays      working days of leave included in an item's duration in the network
 * @param sources        where each item's duration comes from (see the Gantt's legend)
 * @param baselineFinish the latest baseline's project finish, null without a baseline
 */
public record ForecastNetwork(String project, LocalDate today, WorkingCalendar calendar, ScheduleNetwork network,
                              List<ItemView> items, Map<String, Integer> leaveDays, Map<String, String> sources,
                              ProjectForecast deterministic, LocalDate baselineFinish) {
}
