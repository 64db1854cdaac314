package dev.tandem.timetracking.internal;

import dev.tandem.estimation.ActualHours;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives effort suggestions the hours logged on finished items, so that they can suggest hours besides points. */
@Component
class LoggedHoursForEstimation implements ActualHours {

    private final NamedParameterJdbcTemplate jdbc;

    LoggedHoursForEstimation(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Double> actualHours(Collection<Long> itemIds) {
        Map<Long, Double> hours = new HashMap<>();
        if (itemIds.isEmpty()) {
            return hours;
        }
        jdbc.query("select work_item_id, sum(hours) as hours from work_log where work_item_id in (:ids)"
                        + " group by work_item_id", Map.of("ids", itemIds),
                rs -> {
                    hours.put(rs.getLong("work_item_id"), rs.getDouble("hours"));
                });
        return hours;
    }
}
