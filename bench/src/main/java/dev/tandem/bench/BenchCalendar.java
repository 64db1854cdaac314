package dev.tandem.bench;

import dev.tandem.schedule.engine.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectFile;

/**
 * The working calendar of every benchmark: Monday to Friday, with a Chinese-style set of public holidays each year
 * (New Year, a spring festival week, Qingming, Labour Day, Dragon Boat, Mid-Autumn, a National Day week) and two
 * make-up working Saturdays (调休) around them. The dates are fixed, not the real ones of any year; what matters is
 * that the scheduler has holidays and make-up days to deal with.
 */
public final class BenchCalendar {

    public static final LocalDate PROJECT_START = LocalDate.of(2027, 1, 4);
    static final int YEARS = 12;

    private BenchCalendar() {
    }

    public static List<LocalDate> holidays() {
        List<LocalDate> days = new ArrayList<>();
        for (int year = PROJECT_START.getYear(); year < PROJECT_START.getYear() + YEARS; year++) {
            days.add(LocalDate.of(year, 1, 1));
            range(days, LocalDate.of(year, 2, 10), 7);
            days.add(LocalDate.of(year, 4, 5));
            range(days, LocalDate.of(year, 5, 1), 5);
            days.add(LocalDate.of(year, 6, 20));
            days.add(LocalDate.of(year, 9, 25));
            range(days, LocalDate.of(year, 10, 1), 7);
        }
        return days;
    }

    public static List<LocalDate> makeUpWorkingDays() {
        List<LocalDate> days = new ArrayList<>();
        for (int year = PROJECT_START.getYear(); year < PROJECT_START.getYear() + YEARS; year++) {
            days.add(LocalDate.of(year, 4, 30).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)));
            days.add(LocalDate.of(year, 10, 8).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)));
        }
        return days;
    }

    public static WorkingCalendar tandem() {
        return WorkingCalendar.startingOn(PROJECT_START).holidays(holidays()).makeUpWorkingDays(makeUpWorkingDays())
                .build();
    }

    /** The same calendar for MPXJ: its default 08:00–12:00, 13:00–17:00 days, holidays and make-up days as exceptions. */
    public static ProjectCalendar mpxj(ProjectFile file) {
        ProjectCalendar calendar = file.addDefaultBaseCalendar();
        file.setDefaultCalendar(calendar);
        for (LocalDate day : holidays()) {
            calendar.addCalendarException(day);
        }
        for (LocalDate day : makeUpWorkingDays()) {
            ProjectCalendarException exception = calendar.addCalendarException(day);
            exception.add(new LocalTimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0)));
            exception.add(new LocalTimeRange(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        }
        return calendar;
    }

    public static LocalDateTime mpxjProjectStart() {
        return PROJECT_START.atTime(8, 0);
    }

    private static void range(List<LocalDate> days, LocalDate first, int count) {
        for (int i = 0; i < count; i++) {
            days.add(first.plusDays(i));
        }
    }
}
