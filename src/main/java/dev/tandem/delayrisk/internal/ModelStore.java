package dev.tandem.delayrisk.internal;

import dev.tandem.delayrisk.engine.Evaluation;
import dev.tandem.delayrisk.engine.RiskModel;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The table of model versions: one ACTIVE at most, the ones it replaced RETIRED, failed trainings with their reason. */
@Component
public class ModelStore {

    private final JdbcTemplate jdbc;
    private volatile Cached cached;

    ModelStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A version as listed; {@code evaluation} is null for a failed training. */
    public record Version(long id, Instant trainedAt, String trainedBy, String status, String failure, int rows,
                          int lateRows, Evaluation evaluation) {
    }

    public record Active(long id, RiskModel model) {
    }

    private record Cached(long id, RiskModel model) {
    }

    public Optional<Active> active() {
        // two trainings finishing at the same moment may both activate; the later one is in service
        List<Long> ids = jdbc.queryForList("select id from delay_risk_model where status = 'ACTIVE' order by id desc",
                Long.class);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long id = ids.getFirst();
        Cached c = cached;
        if (c == null || c.id() != id) {
            byte[] bytes = jdbc.queryForObject("select model from delay_risk_model where id = ?", byte[].class, id);
            c = new Cached(id, RiskModel.deserialize(bytes));
            cached = c;
        }
        return Optional.of(new Active(c.id(), c.model()));
    }

    /** Puts the new model in service and retires the one it replaces. */
    public long activate(Instant at, String by, int rows, int late, Evaluation e, RiskModel model) {
        jdbc.update("update delay_risk_model set status = 'RETIRED' where status = 'ACTIVE'");
        jdbc.update("insert into delay_risk_model (trained_at, trained_by, status, row_count, late_count, test_from, "
                        + "test_rows, auc, brier, calibration, model) values (?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(at), by, rows, late, e.testFrom(), e.testRows(), e.auc(), e.brier(),
                calibration(e), model.serialize());
        return jdbc.queryForObject("select max(id) from delay_risk_model where status = 'ACTIVE'", Long.class);
    }

    /** Records a training that failed, with its reason and its back-test if it got that far; the active one stays. */
    public long fail(Instant at, String by, int rows, int late, Evaluation e, String reason) {
        String why = reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…";
        jdbc.update("insert into delay_risk_model (trained_at, trained_by, status, failure, row_count, late_count, "
                        + "test_from, test_rows, auc, brier, calibration) values (?, ?, 'FAILED', ?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(at), by, why, rows, late, e == null ? null : e.testFrom(), e == null ? null : e.testRows(),
                e == null ? null : e.auc(), e == null ? null : e.brier(), e == null ? null : calibration(e));
        return jdbc.queryForObject("select max(id) from delay_risk_model where status = 'FAILED'", Long.class);
    }

    public List<Version> versions(int limit) {
        return jdbc.query("select id, trained_at, trained_by, status, failure, row_count, late_count, test_from, test_rows, "
                + "auc, brier, calibration from delay_risk_model order by id desc limit " + limit, (rs, n) -> {
                    Evaluation e = rs.getObject("auc") == null ? null : new Evaluation(
                            rs.getDate("test_from").toLocalDate(), rs.getInt("row_count") - rs.getInt("test_rows"),
                            rs.getInt("test_rows"), rs.getDouble("auc"), rs.getDouble("brier"),
                            bins(rs.getString("calibration")));
                    return new Version(rs.getLong("id"), rs.getTimestamp("trained_at").toInstant(),
                            rs.getString("trained_by"), rs.getString("status"), rs.getString("failure"),
                            rs.getInt("row_count"), rs.getInt("late_count"), e);
                });
    }

    /** Ten "count:mean:observed" bins, separated by semicolons. */
    private static String calibration(Evaluation e) {
        StringBuilder s = new StringBuilder();
        for (Evaluation.Bin b : e.calibration()) {
            s.append(s.isEmpty() ? "" : ";").append(b.count()).append(':')
                    .append(String.format(Locale.ROOT, "%.4f:%.4f", b.meanPredicted(), b.observedLate()));
        }
        return s.toString();
    }

    private static List<Evaluation.Bin> bins(String text) {
        List<Evaluation.Bin> bins = new ArrayList<>();
        String[] parts = text == null ? new String[0] : text.split(";");
        for (int i = 0; i < parts.length; i++) {
            String[] p = parts[i].split(":");
            bins.add(new Evaluation.Bin(i / 10.0, Integer.parseInt(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2])));
        }
        return bins;
    }
}
