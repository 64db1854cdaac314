package dev.tandem.delayrisk.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Whether each item was above the warning probability at the last check, so a warning goes out once per crossing. */
@Component
public class Warnings {

    private final JdbcTemplate jdbc;

    Warnings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean wasAbove(long projectId, String itemKey) {
        return Boolean.TRUE.equals(jdbc.query("select above from delay_risk_warning where project_id = ? and item_key = ?",
                rs -> rs.next() ? rs.getBoolean(1) : null, projectId, itemKey));
    }

    /**
     * Records that the item is now above (or below) the threshold, if it was not already; answers whether this call
     * made the change, so of two processes checking at once only one sends the warning.
     */
    public boolean record(long projectId, String itemKey, boolean above, Instant at) {
        if (jdbc.update("update delay_risk_warning set above = ?, changed_at = ? where project_id = ? and item_key = ? "
                + "and above <> ?", above, Timestamp.from(at), projectId, itemKey, above) > 0) {
            return true;
        }
        return above && jdbc.update("insert into delay_risk_warning (project_id, item_key, above, changed_at) "
                + "values (?, ?, ?, ?) on conflict do nothing", projectId, itemKey, true, Timestamp.from(at)) > 0;
    }
}
