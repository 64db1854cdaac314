package dev.tandem.interchange.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The key each imported item had in its file, per project and source, so a second import updates it. */
@Repository
public class ExternalKeys {

    private final JdbcTemplate jdbc;

    ExternalKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** External key → item key. */
    public Map<String, String> of(long projectId, String source) {
        Map<String, String> keys = new HashMap<>();
        jdbc.query("select external_key, item_key from interchange_external_key where project_id = ? and source = ?",
                rs -> {
                    keys.put(rs.getString(1), rs.getString(2));
                }, projectId, source);
        return keys;
    }

    public void put(long projectId, String source, String externalKey, String itemKey, Instant at) {
        if (jdbc.update("update interchange_external_key set item_key = ? where project_id = ? and source = ? "
                + "and external_key = ?", itemKey, projectId, source, externalKey) == 0) {
            jdbc.update("insert into interchange_external_key (project_id, source, external_key, item_key, created_at) "
                    + "values (?, ?, ?, ?, ?)", projectId, source, externalKey, itemKey, Timestamp.from(at));
        }
    }
}
