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

    public void record(long projectId, String itemKey, boolean above, Instant at) {
        if (jdbc.update("update delay_risk_warning set above = ?, changed_at = ? where project_id = ? and item_key = ?",
                above, Timestamp.from(at), projectId, itemKey) == 0) {
            jdbc.update("insert into delay_risk_warning (project_id, item_key, above, changed_at) values (?, ?, ?, ?)",
                    projectId, itemKey, above, Timestamp.from(at));
        }
    }
}
