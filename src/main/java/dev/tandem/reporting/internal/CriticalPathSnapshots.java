package dev.tandem.reporting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The critical path as it stood in each ISO week of a project; the latest take of the week wins. */
@Component
public class CriticalPathSnapshots {

    private final JdbcTemplate jdbc;

    CriticalPathSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long projectId, String isoWeek, List<String> keys, Instant at) {
        String joined = clip(String.join(",", keys));
        // readers taking the week's snapshot at the same moment: the row is made once, the last take wins
        jdbc.update("insert into critical_path_snapshot (project_id, iso_week, item_keys, taken_at) values (?, ?, ?, ?)"
                + " on conflict do nothing", projectId, isoWeek, joined, Timestamp.from(at));
        jdbc.update("update critical_path_snapshot set item_keys = ?, taken_at = ? where project_id = ? and iso_week = ?",
                joined, Timestamp.from(at), projectId, isoWeek);
    }

    public Optional<List<String>> of(long projectId, String isoWeek) {
        return jdbc.query("select item_keys from critical_path_snapshot where project_id = ? and iso_week = ?",
                        (rs, n) -> rs.getString(1), projectId, isoWeek).stream().findFirst()
                .map(s -> s.isEmpty() ? List.<String>of() : Arrays.asList(s.split(",")));
    }

    /** Very long paths keep their first keys: enough to tell what changed at the front of the chain. */
    private static String clip(String keys) {
        return keys.length() <= 8000 ? keys : keys.substring(0, keys.lastIndexOf(',', 8000));
    }
}
