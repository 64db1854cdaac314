package dev.tandem.interchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The rows of {@code import_job}, in plain SQL: each change of state is one conditional update. */
@Repository
public class ImportJobRows {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    private final JdbcTemplate jdbc;

    ImportJobRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(UUID id, long projectId, long personId, String source, boolean dryRun, String state,
                      int done, int total, String report, String reasonKey, String reasonArgs,
                      String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt) {
    }

    /**
     * Stores a queued job in its project's slot; false when another unfinished job holds the slot. The unique slot
     * column decides, so of two requests at the same moment exactly one stores its job (the other waits for its
     * commit, then fails).
     */
    public boolean insert(UUID id, long projectId, long personId, String source, boolean dryRun, int total,
                          String createdBy, Instant now) {
        try {
            jdbc.update("insert into import_job (id, project_id, running_project_id, person_id, source, dry_run, "
                            + "state, done, total, created_by, created_at, heartbeat_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                    id, projectId, projectId, personId, source, dryRun, QUEUED, total, createdBy, ts(now),
                    ts(now));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public boolean start(UUID id, Instant now) {
        return jdbc.update("update import_job set state = ?, started_at = ?, heartbeat_at = ? where id = ? and state = ?",
                RUNNING, ts(now), ts(now), id, QUEUED) == 1;
    }

    public void progress(UUID id, int done, Instant now) {
        jdbc.update("update import_job set done = ?, heartbeat_at = ? where id = ? and state = ?", done, ts(now), id,
                RUNNING);
    }

    /** Ends a queued or running job; nothing if it was ended already (marked interrupted meanwhile). */
    public boolean finish(UUID id, String state, int done, String report, String reasonKey, String reasonArgs,
                          Instant now) {
        return jdbc.update("update import_job set state = ?, done = ?, report = ?, reason_key = ?, reason_args = ?, "
                        + "running_project_id = null, finished_at = ?, heartbeat_at = ? where id = ? and state in (?, ?)",
                state, done, report, reasonKey, reasonArgs, ts(now), ts(now), id, QUEUED, RUNNING) == 1;
    }

    public void heartbeat(Collection<UUID> ids, Instant now) {
        for (UUID id : ids) {
            jdbc.update("update import_job set heartbeat_at = ? where id = ? and state in (?, ?)", ts(now), id,
                    QUEUED, RUNNING);
        }
    }

    /** Marks failed the unfinished jobs whose heartbeat is older than {@code before}: no node runs them any more. */
    public int failStale(Instant before, String reasonKey, Instant now) {
        return jdbc.update("update import_job set state = ?, reason_key = ?, reason_args = '[]', "
                + "running_project_id = null, finished_at = ? where state in (?, ?) and heartbeat_at < ?", FAILED,
                reasonKey, ts(now), QUEUED, RUNNING, ts(before));
    }

    /** Deletes the finished jobs that finished before {@code before}; answers how many. */
    public int deleteFinishedBefore(Instant before) {
        return jdbc.update("delete from import_job where state in (?, ?) and finished_at < ?", DONE, FAILED, ts(before));
    }

    public Optional<Row> find(UUID id, long projectId) {
        return jdbc.query("select * from import_job where id = ? and project_id = ?", ImportJobRows::row, id, projectId)
                .stream().findFirst();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getLong("project_id"), rs.getLong("person_id"),
                rs.getString("source"), rs.getBoolean("dry_run"), rs.getString("state"),
                rs.getInt("done"), rs.getInt("total"), rs.getString("report"), rs.getString("reason_key"),
                rs.getString("reason_args"), rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
