package dev.tandem.quality.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The quality tables, through JDBC: findings go in batches of {@link #BATCH}, which a report of 100,000 findings
 * needs to be stored in seconds. Every call joins the caller's transaction.
 */
@Repository
public class QualityStore {

    public static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    QualityStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // settings

    public record Settings(String components, String gateSeverity, int gateMaxNew, BigDecimal gateMaxCoverageDrop,
                           BigDecimal gateMinLineCoverage, String debtSeverity, long version) {
    }

    public Settings settings(long projectId) {
        List<Settings> found = jdbc.query("select * from quality_settings where project_id = ?", (rs, n) ->
                new Settings(rs.getString("components"), rs.getString("gate_severity"), rs.getInt("gate_max_new"),
                        rs.getBigDecimal("gate_max_coverage_drop"), rs.getBigDecimal("gate_min_line_coverage"),
                        rs.getString("debt_severity"), rs.getLong("version")), projectId);
        return found.isEmpty() ? new Settings("", "HIGH", 0, BigDecimal.ZERO, null, null, 0) : found.getFirst();
    }

    /** Writes the settings if they are still at {@code version}; false when someone else changed them meanwhile. */
    public boolean saveSettings(long projectId, Settings s, long version) {
        Integer exists = jdbc.queryForObject("select count(*) from quality_settings where project_id = ?", Integer.class,
                projectId);
        if (exists == 0) {
            if (version != 0) {
                return false;
            }
            jdbc.update("insert into quality_settings (project_id, components, gate_severity, gate_max_new, "
                            + "gate_max_coverage_drop, gate_min_line_coverage, debt_severity, version) "
                            + "values (?, ?, ?, ?, ?, ?, ?, 1)", projectId, s.components(), s.gateSeverity(),
                    s.gateMaxNew(), s.gateMaxCoverageDrop(), s.gateMinLineCoverage(), s.debtSeverity());
            return true;
        }
        return jdbc.update("update quality_settings set components = ?, gate_severity = ?, gate_max_new = ?, "
                        + "gate_max_coverage_drop = ?, gate_min_line_coverage = ?, debt_severity = ?, version = version + 1 "
                        + "where project_id = ? and version = ?", s.components(), s.gateSeverity(), s.gateMaxNew(),
                s.gateMaxCoverageDrop(), s.gateMinLineCoverage(), s.debtSeverity(), projectId, version) == 1;
    }

    // reports

    public record Report(long id, long projectId, String kind, String format, String tool, String commit, String branch,
                         String message, String itemKeys, String uploadedBy, Instant createdAt, int openFindings,
                         int newFindings, int fixedFindings, Long linesCovered, Long linesTotal, Long branchesCovered,
                         Long branchesTotal, Long previousId, boolean gatePassed, String gateReasons) {
    }

    private static Report report(ResultSet rs, int n) throws SQLException {
        return new Report(rs.getLong("id"), rs.getLong("project_id"), rs.getString("kind"), rs.getString("format"),
                rs.getString("tool"), rs.getString("commit_id"), rs.getString("branch"), rs.getString("commit_message"),
                rs.getString("item_keys"), rs.getString("uploaded_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getInt("open_findings"), rs.getInt("new_findings"), rs.getInt("fixed_findings"),
                (Long) rs.getObject("lines_covered", Long.class), (Long) rs.getObject("lines_total", Long.class),
                (Long) rs.getObject("branches_covered", Long.class), (Long) rs.getObject("branches_total", Long.class),
                (Long) rs.getObject("previous_id", Long.class), rs.getBoolean("gate_passed"), rs.getString("gate_reasons"));
    }

    /** Stores the report's head with the gate as not yet decided; {@link #finish} fills in the figures. */
    public long startReport(long projectId, String kind, String format, String commit, String branch, String message,
                            String itemKeys, String uploadedBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement("insert into quality_report (project_id, kind, format, tool, "
                    + "commit_id, branch, commit_message, item_keys, uploaded_by, created_at, gate_passed) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)", new String[] {"id"});
            ps.setLong(1, projectId);
            ps.setString(2, kind);
            ps.setString(3, format);
            ps.setString(4, format);
            ps.setString(5, commit);
            ps.setString(6, branch);
            ps.setString(7, message);
            ps.setString(8, itemKeys);
            ps.setString(9, uploadedBy);
            ps.setObject(10, now.atOffset(ZoneOffset.UTC));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public void finish(long id, String tool, int open, int fresh, int fixed, Long linesCovered, Long linesTotal,
                       Long branchesCovered, Long branchesTotal, Long previousId, boolean gatePassed, String gateReasons) {
        jdbc.update("update quality_report set tool = ?, open_findings = ?, new_findings = ?, fixed_findings = ?, "
                        + "lines_covered = ?, lines_total = ?, branches_covered = ?, branches_total = ?, previous_id = ?, "
                        + "gate_passed = ?, gate_reasons = ? where id = ?", tool, open, fresh, fixed, linesCovered,
                linesTotal, branchesCovered, branchesTotal, previousId, gatePassed, gateReasons, id);
    }

    public Optional<Report> report(long projectId, long id) {
        return jdbc.query("select * from quality_report where project_id = ? and id = ?", QualityStore::report,
                projectId, id).stream().findFirst();
    }

    public List<Report> reports(long projectId, int limit) {
        return jdbc.query("select * from quality_report where project_id = ? order by id desc fetch first " + limit
                + " rows only", QualityStore::report, projectId);
    }

    /** The newest report of the kind (and tool, when given) before {@code beforeId}. */
    public Optional<Report> previous(long projectId, String kind, String tool, long beforeId) {
        String sql = "select * from quality_report where project_id = ? and kind = ? and id < ?"
                + (tool == null ? "" : " and tool = ?") + " order by id desc fetch first 1 rows only";
        Object[] args = tool == null ? new Object[] {projectId, kind, beforeId} : new Object[] {projectId, kind, beforeId, tool};
        return jdbc.query(sql, QualityStore::report, args).stream().findFirst();
    }

    /** Coverage reports, oldest first, the newest {@code limit}. */
    public List<Report> coverageReports(long projectId, int limit) {
        List<Report> newest = jdbc.query("select * from quality_report where project_id = ? and kind = 'COVERAGE' "
                + "order by id desc fetch first " + limit + " rows only", QualityStore::report, projectId);
        return newest.reversed();
    }

    public List<Report> reportsNaming(long projectId, String itemKey, int limit) {
        return jdbc.query("select * from quality_report where project_id = ? and item_keys like ? order by id desc "
                + "fetch first " + limit + " rows only", QualityStore::report, projectId, "%," + itemKey + ",%");
    }

    /** The newest report of each kind. */
    public List<Report> latestPerKind(long projectId) {
        List<Report> latest = new ArrayList<>();
        for (String kind : List.of("FINDINGS", "COVERAGE")) {
            jdbc.query("select * from quality_report where project_id = ? and kind = ? order by id desc fetch first 1 "
                    + "rows only", QualityStore::report, projectId, kind).forEach(latest::add);
        }
        latest.sort((a, b) -> Long.compare(b.id(), a.id()));
        return latest;
    }

    // findings

    public record Finding(String state, String fingerprint, String ruleId, String severity, String component,
                          String path, Integer line, String message) {
    }

    public void insertFindings(long reportId, List<Finding> batch) {
        jdbc.batchUpdate("insert into quality_finding (report_id, state, fingerprint, rule_id, severity, component, "
                + "file_path, line_number, message) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch, batch.size(), (ps, f) -> {
            ps.setLong(1, reportId);
            ps.setString(2, f.state());
            ps.setString(3, f.fingerprint());
            ps.setString(4, f.ruleId());
            ps.setString(5, f.severity());
            ps.setString(6, f.component());
            ps.setString(7, f.path());
            if (f.line() == null) {
                ps.setNull(8, Types.INTEGER);
            } else {
                ps.setInt(8, f.line());
            }
            ps.setString(9, f.message());
        });
    }

    /** The fingerprints of a report's findings that are in it (new or open). */
    public Set<String> openFingerprints(long reportId) {
        Set<String> prints = new HashSet<>();
        jdbc.query("select fingerprint from quality_finding where report_id = ? and state <> 'FIXED'",
                rs -> { prints.add(rs.getString(1)); }, reportId);
        return prints;
    }

    /** Copies the previous report's findings with these fingerprints into {@code reportId} as FIXED. */
    public void copyAsFixed(long previousId, long reportId, Set<String> fingerprints) {
        List<String> all = new ArrayList<>(fingerprints);
        jdbc.batchUpdate("insert into quality_finding (report_id, state, fingerprint, rule_id, severity, component, "
                + "file_path, line_number, message) select ?, 'FIXED', fingerprint, rule_id, severity, component, "
                + "file_path, line_number, message from quality_finding where report_id = ? and fingerprint = ? "
                + "and state <> 'FIXED'", all, BATCH, (ps, fp) -> {
            ps.setLong(1, reportId);
            ps.setLong(2, previousId);
            ps.setString(3, fp);
        });
    }

    /** FIXED findings per component of a report. */
    public Map<String, Integer> fixedPerComponent(long reportId) {
        Map<String, Integer> fixed = new HashMap<>();
        jdbc.query("select component, count(*) from quality_finding where report_id = ? and state = 'FIXED' "
                + "group by component", rs -> { fixed.put(rs.getString(1), rs.getInt(2)); }, reportId);
        return fixed;
    }

    public List<Finding> findings(long reportId, String component, String state, int limit) {
        StringBuilder sql = new StringBuilder("select * from quality_finding where report_id = ?");
        List<Object> args = new ArrayList<>(List.of(reportId));
        if (component != null) {
            sql.append(" and component = ?");
            args.add(component);
        }
        if (state != null) {
            sql.append(" and state = ?");
            args.add(state);
        }
        sql.append(" order by case severity when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end,"
                + " id fetch first ").append(limit).append(" rows only");
        return jdbc.query(sql.toString(), (rs, n) -> new Finding(rs.getString("state"), rs.getString("fingerprint"),
                rs.getString("rule_id"), rs.getString("severity"), rs.getString("component"), rs.getString("file_path"),
                (Integer) rs.getObject("line_number", Integer.class), rs.getString("message")), args.toArray());
    }

    public record RuleCount(String ruleId, String severity, int open, int fresh) {
    }

    /** Open findings per rule, the most frequent first. */
    public List<RuleCount> rules(long reportId, int limit) {
        return jdbc.query("select rule_id, severity, count(*) as n, sum(case when state = 'NEW' then 1 else 0 end) as f "
                        + "from quality_finding where report_id = ? and state <> 'FIXED' group by rule_id, severity "
                        + "order by n desc, rule_id fetch first " + limit + " rows only",
                (rs, n) -> new RuleCount(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)), reportId);
    }

    // components

    public record Component(String component, int critical, int high, int medium, int low, int fresh, int fixed,
                            Long linesCovered, Long linesTotal, Long branchesCovered, Long branchesTotal) {
    }

    public void insertComponents(long reportId, List<Component> components) {
        jdbc.batchUpdate("insert into quality_component (report_id, component, critical_findings, high_findings, "
                + "medium_findings, low_findings, new_findings, fixed_findings, lines_covered, lines_total, "
                + "branches_covered, branches_total) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", components,
                BATCH, (ps, c) -> {
            ps.setLong(1, reportId);
            ps.setString(2, c.component());
            ps.setInt(3, c.critical());
            ps.setInt(4, c.high());
            ps.setInt(5, c.medium());
            ps.setInt(6, c.low());
            ps.setInt(7, c.fresh());
            ps.setInt(8, c.fixed());
            ps.setObject(9, c.linesCovered(), Types.BIGINT);
            ps.setObject(10, c.linesTotal(), Types.BIGINT);
            ps.setObject(11, c.branchesCovered(), Types.BIGINT);
            ps.setObject(12, c.branchesTotal(), Types.BIGINT);
        });
    }

    public List<Component> components(long reportId) {
        return jdbc.query("select * from quality_component where report_id = ? order by component",
                (rs, n) -> component(rs), reportId);
    }

    /** The component's figures in each of the given reports. */
    public Map<Long, Component> componentIn(List<Long> reportIds, String component) {
        Map<Long, Component> found = new HashMap<>();
        for (Long id : reportIds) {
            jdbc.query("select * from quality_component where report_id = ? and component = ?",
                    rs -> { found.put(id, component(rs)); }, id, component);
        }
        return found;
    }

    private static Component component(ResultSet rs) throws SQLException {
        return new Component(rs.getString("component"), rs.getInt("critical_findings"), rs.getInt("high_findings"),
                rs.getInt("medium_findings"), rs.getInt("low_findings"), rs.getInt("new_findings"),
                rs.getInt("fixed_findings"), (Long) rs.getObject("lines_covered", Long.class),
                (Long) rs.getObject("lines_total", Long.class), (Long) rs.getObject("branches_covered", Long.class),
                (Long) rs.getObject("branches_total", Long.class));
    }

    // tech debt raised from findings

    public Map<String, Integer> openDebts(long projectId, String tool) {
        Map<String, Integer> debts = new HashMap<>();
        jdbc.query("select fingerprint, debt_number from quality_debt where project_id = ? and tool = ? and closed = false",
                rs -> { debts.put(rs.getString(1), rs.getInt(2)); }, projectId, tool);
        return debts;
    }

    public boolean hasDebt(long projectId, String fingerprint) {
        return jdbc.queryForObject("select count(*) from quality_debt where project_id = ? and fingerprint = ?",
                Integer.class, projectId, fingerprint) > 0;
    }

    public void recordDebt(long projectId, String fingerprint, String tool, int number, long reportId) {
        jdbc.update("insert into quality_debt (project_id, fingerprint, tool, debt_number, report_id) values (?, ?, ?, ?, ?)",
                projectId, fingerprint, tool, number, reportId);
    }

    public void closeDebt(long projectId, String fingerprint) {
        jdbc.update("update quality_debt set closed = true where project_id = ? and fingerprint = ?", projectId, fingerprint);
    }

    /** Findings of a report at the given severities that are in it, the most severe first. */
    public List<Finding> severeFindings(long reportId, List<String> severities, int limit) {
        String marks = String.join(", ", severities.stream().map(s -> "?").toList());
        List<Object> args = new ArrayList<>();
        args.add(reportId);
        args.addAll(severities);
        return jdbc.query("select * from quality_finding where report_id = ? and state <> 'FIXED' and severity in ("
                        + marks + ") order by case severity when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' "
                        + "then 2 else 3 end, id fetch first " + limit + " rows only",
                (rs, n) -> new Finding(rs.getString("state"), rs.getString("fingerprint"), rs.getString("rule_id"),
                        rs.getString("severity"), rs.getString("component"), rs.getString("file_path"),
                        (Integer) rs.getObject("line_number", Integer.class), rs.getString("message")), args.toArray());
    }

}
