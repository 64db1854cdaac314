package dev.tandem.schedule.internal;

import dev.tandem.schedule.CalendarView;
import dev.tandem.schedule.engine.WorkingCalendar;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads and writes project calendars; a project without a row works Monday to Friday. */
@Component
public class Calendars {

    private static final String DEFAULT_WEEKDAYS = "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY";

    private final JdbcTemplate jdbc;

    Calendars(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public CalendarView view(long projectId) {
        var row = jdbc.queryForList("select working_weekdays, version from project_calendar where project_id = ?", projectId);
        String weekdays = row.isEmpty() ? DEFAULT_WEEKDAYS : (String) row.getFirst().get("working_weekdays");
        long version = row.isEmpty() ? 0 : ((Number) row.getFirst().get("version")).longValue();
        List<CalendarView.Exception> exceptions = jdbc.query(
                "select on_date, working, name from calendar_exception where project_id = ? order by on_date",
                (rs, n) -> new CalendarView.Exception(rs.getDate("on_date").toLocalDate(), rs.getBoolean("working"),
                        rs.getString("name")), projectId);
        return new CalendarView(parse(weekdays), exceptions, version);
    }

    public WorkingCalendar workingCalendar(long projectId, LocalDate projectStart) {
        return workingCalendar(view(projectId), projectStart);
    }

    /** The working calendar of a calendar already read, from the given project start. */
    public static WorkingCalendar workingCalendar(CalendarView view, LocalDate projectStart) {
        return PlanScheduler.workingCalendar(view, projectStart);
    }

    /** Returns false when someone else changed the calendar since {@code version}. */
    public boolean setWeekdays(long projectId, Set<DayOfWeek> weekdays, long version) {
        String value = weekdays.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        if (jdbc.queryForObject("select count(*) from project_calendar where project_id = ?", Integer.class, projectId) == 0) {
            if (version != 0) {
                return false;
            }
            jdbc.update("insert into project_calendar (project_id, working_weekdays, version) values (?, ?, 1)", projectId, value);
            return true;
        }
        return jdbc.update("update project_calendar set working_weekdays = ?, version = version + 1 where project_id = ? and version = ?",
                value, projectId, version) == 1;
    }

    public void putException(long projectId, LocalDate day, boolean working, String name, Instant at, String by) {
        jdbc.update("delete from calendar_exception where project_id = ? and on_date = ?", projectId, Date.valueOf(day));
        jdbc.update("insert into calendar_exception (project_id, on_date, working, name, changed_at, changed_by) "
                + "values (?, ?, ?, ?, ?, ?)", projectId, Date.valueOf(day), working, name, Timestamp.from(at), by);
    }

    /** A holiday or make-up day and when it was set: {@code changedAt} is null for days set before that was kept. */
    public record DatedException(LocalDate day, boolean working, String name, Instant changedAt, String changedBy) {
    }

    public List<DatedException> datedExceptions(long projectId) {
        return jdbc.query("select on_date, working, name, changed_at, changed_by from calendar_exception "
                        + "where project_id = ? order by on_date",
                (rs, n) -> new DatedException(rs.getDate("on_date").toLocalDate(), rs.getBoolean("working"),
                        rs.getString("name"), rs.getTimestamp("changed_at") == null ? null
                        : rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by")), projectId);
    }

    public boolean removeException(long projectId, LocalDate day) {
        return jdbc.update("delete from calendar_exception where project_id = ? and on_date = ?", projectId, Date.valueOf(day)) == 1;
    }

    private static Set<DayOfWeek> parse(String weekdays) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(weekdays.split(",")).filter(s -> !s.isBlank()).map(DayOfWeek::valueOf).forEach(days::add);
        return days;
    }
}
