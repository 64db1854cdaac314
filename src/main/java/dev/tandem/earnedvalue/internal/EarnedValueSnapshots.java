package dev.tandem.earnedvalue.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The S-curve's figures as recorded once for each ISO week of a project (keyed by the week's Monday). */
@Component
public class EarnedValueSnapshots {

    public record Snapshot(BigDecimal pv, BigDecimal ev, BigDecimal ac) {
    }

    private final JdbcTemplate jdbc;

    EarnedValueSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a week that has none; a week already recorded keeps its figures. */
    public void recordIfAbsent(long projectId, LocalDate monday, Snapshot s, Instant at) {
        jdbc.update("insert into evm_snapshot (project_id, week_start, pv, ev, ac, recorded_at) values (?, ?, ?, ?, ?, ?)"
                + " on conflict do nothing", projectId, Date.valueOf(monday), s.pv(), s.ev(), s.ac(), Timestamp.from(at));
    }

    /** Records the current week, replacing an earlier take of it: the week's last take is the one kept. */
    public void recordCurrent(long projectId, LocalDate monday, Snapshot s, Instant at) {
        recordIfAbsent(projectId, monday, s, at);
        jdbc.update("update evm_snapshot set pv = ?, ev = ?, ac = ?, recorded_at = ? where project_id = ? and week_start = ?",
                s.pv(), s.ev(), s.ac(), Timestamp.from(at), projectId, Date.valueOf(monday));
    }

    public Map<LocalDate, Snapshot> of(long projectId) {
        Map<LocalDate, Snapshot> weeks = new TreeMap<>();
        jdbc.query("select week_start, pv, ev, ac from evm_snapshot where project_id = ?", rs -> {
            weeks.put(rs.getDate(1).toLocalDate(), new Snapshot(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
        }, projectId);
        return weeks;
    }
}
