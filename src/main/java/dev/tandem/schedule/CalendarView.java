package dev.tandem.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A project's working calendar: working weekdays plus holidays and make-up working days (调休). */
public record CalendarView(Set<DayOfWeek> workingWeekdays, List<Exception> exceptions, long version) {

    /** A holiday or make-up day decides; else the weekday does. */
    public boolean isWorkingDay(LocalDate day) {
        for (Exception e : exceptions) {
            if (e.day().equals(day)) {
                return e.working();
            }
        }
        return workingWeekdays.contains(day.getDayOfWeek());
    }

    public record Exception(LocalDate day, boolean working, String name) {
    }
}
