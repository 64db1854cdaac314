package dev.tandem.workitem.internal;

import dev.tandem.workitem.RemovedItem;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps what a deleted item was, so scope removed stays visible after its row is gone. */
@Component
public class RemovedItems {

    private final JdbcTemplate jdbc;

    RemovedItems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(WorkItem item, String actor, Instant at) {
        jdbc.update("""
                insert into removed_item (project_id, item_key, item_type, title, story_points, estimate_hours,
                                          most_likely_days, removed_at, removed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", item.projectId(), item.key(), item.type().code(), item.title(),
                item.storyPoints(), item.estimateHours(), item.mostLikelyDays(), Timestamp.from(at), actor);
    }

    public List<RemovedItem> between(long projectId, Instant from, Instant to) {
        return jdbc.query("""
                select item_key, item_type, title, story_points, estimate_hours, most_likely_days, removed_at, removed_by
                from removed_item where project_id = ? and removed_at >= ? and removed_at < ? order by removed_at""",
                (rs, n) -> new RemovedItem(rs.getString("item_key"), rs.getString("item_type"), rs.getString("title"),
                        rs.getBigDecimal("story_points"), rs.getBigDecimal("estimate_hours"),
                        rs.getBigDecimal("most_likely_days"), rs.getTimestamp("removed_at").toInstant(),
                        rs.getString("removed_by")),
                projectId, Timestamp.from(from), Timestamp.from(to));
    }
}
