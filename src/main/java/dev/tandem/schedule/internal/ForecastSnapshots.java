package dev.tandem.schedule.internal;

import dev.tandem.schedule.ProjectForecast;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The forecast and milestone dates as they stood in each ISO week of a project; the latest take of the week wins, so
 * a past week reads what was known at its end rather than today's numbers.
 */
@Component
public class ForecastSnapshots {

    private final JdbcTemplate jdbc;

    ForecastSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long projectId, String isoWeek, ProjectForecast forecast, Instant at) {
        jdbc.update("insert into forecast_snapshot (project_id, iso_week, baseline_name, planned_finish, forecast_finish,"
                + " taken_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing", projectId, isoWeek, forecast.baseline(),
                date(forecast.plannedFinish()), date(forecast.forecastFinish()), Timestamp.from(at));
        // the update locks the week's row, so two takes at the same moment replace the milestones one after the other
        jdbc.update("update forecast_snapshot set baseline_name = ?, planned_finish = ?, forecast_finish = ?, taken_at = ?"
                + " where project_id = ? and iso_week = ?", forecast.baseline(), date(forecast.plannedFinish()),
                date(forecast.forecastFinish()), Timestamp.from(at), projectId, isoWeek);
        jdbc.update("delete from forecast_snapshot_milestone where project_id = ? and iso_week = ?", projectId, isoWeek);
        List<ProjectForecast.Milestone> milestones = forecast.milestones();
        jdbc.batchUpdate("insert into forecast_snapshot_milestone (project_id, iso_week, seq, item_key, title, done,"
                + " baseline_date, planned_date, forecast_date, slip_days, critical) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                IntStream.range(0, milestones.size()).mapToObj(n -> {
                    ProjectForecast.Milestone m = milestones.get(n);
                    return new Object[] {projectId, isoWeek, n, m.key(), m.title(), m.done(), date(m.baselineDate()),
                            date(m.plannedDate()), date(m.forecastDate()), m.slipDays(), m.critical()};
                }).toList());
    }

    /** The week's forecast as last recorded, its {@code today} being the day it was taken. */
    public Optional<ProjectForecast> of(long projectId, String projectKey, String isoWeek) {
        List<ProjectForecast.Milestone> milestones = jdbc.query("select item_key, title, done, baseline_date,"
                + " planned_date, forecast_date, slip_days, critical from forecast_snapshot_milestone"
                + " where project_id = ? and iso_week = ? order by seq", (rs, n) -> new ProjectForecast.Milestone(
                        rs.getString(1), rs.getString(2), rs.getBoolean(3), local(rs.getDate(4)), local(rs.getDate(5)),
                        local(rs.getDate(6)), rs.getInt(7), rs.getBoolean(8)), projectId, isoWeek);
        return jdbc.query("select baseline_name, planned_finish, forecast_finish, taken_at from forecast_snapshot"
                + " where project_id = ? and iso_week = ?", (rs, n) -> new ProjectForecast(projectKey,
                        rs.getTimestamp(4).toInstant().atZone(ZoneOffset.UTC).toLocalDate(), rs.getString(1),
                        local(rs.getDate(2)), local(rs.getDate(3)), milestones), projectId, isoWeek)
                .stream().findFirst();
    }

    /** When the week's forecast was last recorded. */
    public Optional<Instant> takenAt(long projectId, String isoWeek) {
        return jdbc.query("select taken_at from forecast_snapshot where project_id = ? and iso_week = ?",
                (rs, n) -> rs.getTimestamp(1).toInstant(), projectId, isoWeek).stream().findFirst();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate local(Date day) {
        return day == null ? null : day.toLocalDate();
    }
}
