package dev.tandem.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Counts Monday-to-Friday days from a project's first Monday, so a plan can be written in working days
 * and always lands on weekdays.
 */
record WorkingDays(LocalDate firstMonday) {

    static final int PER_WEEK = 5;

    WorkingDays {
        if (firstMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(firstMonday + " is not a Monday");
        }
    }

    LocalDate date(int index) {
        return firstMonday.plusWeeks(Math.floorDiv(index, PER_WEEK)).plusDays(Math.floorMod(index, PER_WEEK));
    }

    /** The index of the given day; a Saturday or Sunday counts as the Monday after it. */
    int indexOf(LocalDate day) {
        long weeks = ChronoUnit.WEEKS.between(firstMonday, day.with(DayOfWeek.MONDAY));
        return Math.toIntExact(weeks * PER_WEEK + Math.min(day.getDayOfWeek().getValue() - 1, PER_WEEK));
    }
}
