package dev.tandem.schedule.internal;

import dev.tandem.schedule.BaselineSummary;
import dev.tandem.schedule.ScheduledItem;
import dev.tandem.shared.ConflictException;
import dev.tandem.shared.Text;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Baselines are written once and only read afterwards: immutable snapshots of the planned dates. */
@Component
public class BaselineStore {

    public record Row(String key, String type, String title, LocalDate start, LocalDate finish, int durationDays) {
    }

    private final JdbcTemplate jdbc;

    BaselineStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(long projectId, String name) {
        return jdbc.queryForObject("select count(*) from baseline where project_id = ? and lower(name) = lower(?)",
                Integer.class, projectId, name) > 0;
    }

    /**
     * Stores a baseline as the project's {@code ordinal}-th; another baseline captured at the same moment with the
     * same ordinal (two first baselines, say) or the same name makes this one a conflict.
     */
    public long capture(long projectId, int ordinal, String name, Instant at, String by, LocalDate finish,
                        List<ScheduledItem> items) {
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("insert into baseline (project_id, name, captured_at, "
                        + "captured_by, finish, ordinal) values (?, ?, ?, ?, ?, ?)", new String[] {"id"});
                statement.setLong(1, projectId);
                statement.setString(2, name);
                statement.setTimestamp(3, Timestamp.from(at));
                statement.setString(4, by);
                statement.setDate(5, finish == null ? null : Date.valueOf(finish));
                statement.setInt(6, ordinal);
                return statement;
            }, keys);
        } catch (DuplicateKeyException e) {
            // the ordinal (or the name) was taken by a baseline captured at the same moment
            throw new ConflictException(Text.of("problem.schedule.baselineCapturedMeanwhile"));
        }
        long id = keys.getKey().longValue();
        jdbc.batchUpdate("insert into baseline_item (baseline_id, item_key, item_type, title, start_date, finish_date, duration_days) "
                + "values (?, ?, ?, ?, ?, ?, ?)", items, 500, (ps, item) -> {
            ps.setLong(1, id);
            ps.setString(2, item.key());
            ps.setString(3, item.type());
            ps.setString(4, item.title());
            ps.setDate(5, Date.valueOf(item.start()));
            ps.setDate(6, Date.valueOf(item.finish()));
            ps.setInt(7, item.durationDays());
        });
        return id;
    }

    /** The ordinal the project's next baseline takes: 1 for the first. */
    public int nextOrdinal(long projectId) {
        return jdbc.queryForObject("select coalesce(max(ordinal), 0) + 1 from baseline where project_id = ?",
                Integer.class, projectId);
    }

    public List<BaselineSummary> list(long projectId) {
        return jdbc.query("""
                select b.id, b.name, b.captured_at, b.captured_by, b.finish,
                       (select count(*) from baseline_item i where i.baseline_id = b.id) as items
                from baseline b where b.project_id = ? order by b.captured_at desc, b.id desc""",
                (rs, n) -> new BaselineSummary(rs.getLong("id"), rs.getString("name"),
                        rs.getTimestamp("captured_at").toInstant(), rs.getString("captured_by"),
                        rs.getDate("finish") == null ? null : rs.getDate("finish").toLocalDate(), rs.getInt("items")),
                projectId);
    }

    public Optional<BaselineSummary> find(long projectId, long baselineId) {
        return list(projectId).stream().filter(b -> b.id() == baselineId).findFirst();
    }

    public List<Row> rows(long baselineId) {
        return jdbc.query("select item_key, item_type, title, start_date, finish_date, duration_days from baseline_item "
                        + "where baseline_id = ? order by item_key",
                (rs, n) -> new Row(rs.getString("item_key"), rs.getString("item_type"), rs.getString("title"),
                        rs.getDate("start_date").toLocalDate(), rs.getDate("finish_date").toLocalDate(),
                        rs.getInt("duration_days")), baselineId);
    }
}
