package dev.tandem.schedule.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Which days are worked, and the mapping between dates and working-day indices counted from a project start.
 * <p>
 * Index 0 is the first working day on or after the project start; index {@code i} is the {@code i}-th working day
 * after it (negative before it). The engine schedules in these indices: a start is the index of the first day
 * worked, a finish the index just after the last day worked (exclusive), so a task of {@code d} days starting at
 * {@code s} finishes at {@code s + d}. {@link #startDate} and {@link #finishDate} turn them back into inclusive dates.
 * <p>
 * A day is worked if it is a make-up working day (调休, e.g. a Saturday worked to bridge a holiday), or if its weekday
 * is a working weekday and it is not a holiday; a calendar derived with {@link #withNonWorkingDays} (a person's leave)
 * additionally never works those days. The lookup tables cover a range of dates that grows on demand, so conversions
 * are array reads. Instances are immutable in behaviour and safe to share between threads.
 */
public final class WorkingCalendar {

    private static final int INITIAL_SPAN_DAYS = 2 * 366;

    private final LocalDate projectStart;
    private final Set<DayOfWeek> workingWeekdays;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkingDays;
    private final Set<LocalDate> personalNonWorkingDays;
    private volatile LookupTable table;

    private WorkingCalendar(LocalDate projectStart, Set<DayOfWeek> workingWeekdays, Set<LocalDate> holidays,
            Set<LocalDate> makeUpWorkingDays, Set<LocalDate> personalNonWorkingDays) {
        if (workingWeekdays.isEmpty()) {
            throw new IllegalArgumentException(
                    "A working calendar needs at least one working weekday; this one has no working days");
        }
        for (LocalDate day : makeUpWorkingDays) {
            if (holidays.contains(day)) {
                throw new IllegalArgumentException(day + " is both a holiday and a make-up working day");
            }
        }
        this.projectStart = projectStart;
        this.workingWeekdays = workingWeekdays;
        this.holidays = holidays;
        this.makeUpWorkingDays = makeUpWorkingDays;
        this.personalNonWorkingDays = personalNonWorkingDays;
        this.table = LookupTable.covering(this, projectStart.toEpochDay(), INITIAL_SPAN_DAYS);
    }

    /** A Monday-to-Friday calendar without holidays. */
    public static WorkingCalendar mondayToFriday(LocalDate projectStart) {
        return startingOn(projectStart).build();
    }

    /** Starts describing a calendar whose index 0 is the first working day on or after {@code projectStart}. */
    public static Builder startingOn(LocalDate projectStart) {
        return new Builder(projectStart);
    }

    /**
     * A calendar with the same rules plus days that are never worked, such as one person's leave; indices of the
     * derived calendar count only the days that person works.
     */
    public WorkingCalendar withNonWorkingDays(Collection<LocalDate> days) {
        Set<LocalDate> nonWorking = new HashSet<>(personalNonWorkingDays);
        nonWorking.addAll(days);
        return new WorkingCalendar(projectStart, workingWeekdays, holidays, makeUpWorkingDays, Set.copyOf(nonWorking));
    }

    public LocalDate projectStart() {
        return projectStart;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (personalNonWorkingDays.contains(date)) {
            return false;
        }
        if (makeUpWorkingDays.contains(date)) {
            return true;
        }
        return workingWeekdays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** The date of working day {@code index}. */
    public LocalDate dateOf(int index) {
        LookupTable current = table;
        int ordinal = current.originOrdinal + index;
        while (ordinal < 0 || ordinal >= current.workingDayCount()) {
            current = grow(ordinal < 0 ? current.firstEpochDay - current.span() : current.lastEpochDay() + current.span());
            ordinal = current.originOrdinal + index;
        }
        return LocalDate.ofEpochDay(current.firstEpochDay + current.dayOffsetOfOrdinal[ordinal]);
    }

    /** The index of the first working day on or after {@code date}: where work starting that day really starts. */
    public int startIndexOf(LocalDate date) {
        LookupTable current = tableCovering(date.toEpochDay());
        return current.workingDaysBefore[(int) (date.toEpochDay() - current.firstEpochDay)] - current.originOrdinal;
    }

    /** The exclusive finish index of work whose last day is {@code date} (or the last working day before it). */
    public int finishIndexOf(LocalDate date) {
        LookupTable current = tableCovering(date.toEpochDay());
        return current.workingDaysBefore[(int) (date.toEpochDay() - current.firstEpochDay) + 1] - current.originOrdinal;
    }

    /** The first day worked by something starting at {@code start}. */
    public LocalDate startDate(int start) {
        return dateOf(start);
    }

    /**
     * The last day worked, inclusive, by something occupying {@code [start, finish)}; a zero-length milestone falls on
     * its start date.
     */
    public LocalDate finishDate(int start, int finish) {
        return finish > start ? dateOf(finish - 1) : dateOf(start);
    }

    private LookupTable tableCovering(long epochDay) {
        LookupTable current = table;
        while (epochDay < current.firstEpochDay || epochDay >= current.lastEpochDay()) {
            current = grow(epochDay);
        }
        return current;
    }

    private synchronized LookupTable grow(long mustCoverEpochDay) {
        LookupTable current = table;
        long first = Math.min(current.firstEpochDay, mustCoverEpochDay - INITIAL_SPAN_DAYS);
        long last = Math.max(current.lastEpochDay(), mustCoverEpochDay + INITIAL_SPAN_DAYS);
        if (first < current.firstEpochDay || last > current.lastEpochDay()) {
            // Double at least, so a long run of lookups walking outwards grows the table a logarithmic number of times.
            long span = Math.max(last - first, 2L * current.span());
            if (first < current.firstEpochDay) {
                first = last - span;
            } else {
                last = first + span;
            }
            current = LookupTable.covering(this, first, Math.toIntExact(last - first));
            table = current;
        }
        return current;
    }

    /**
     * Precomputed for days {@code [firstEpochDay, firstEpochDay + span)}: working days before each day, and the day
     * offset of each working day.
     */
    private record LookupTable(long firstEpochDay, int[] workingDaysBefore, int[] dayOffsetOfOrdinal, int originOrdinal) {

        static LookupTable covering(WorkingCalendar calendar, long firstEpochDay, int span) {
            int[] workingDaysBefore = new int[span + 1];
            int[] dayOffsetOfOrdinal = new int[span];
            int count = 0;
            for (int offset = 0; offset < span; offset++) {
                workingDaysBefore[offset] = count;
                if (calendar.isWorkingDay(LocalDate.ofEpochDay(firstEpochDay + offset))) {
                    dayOffsetOfOrdinal[count++] = offset;
                }
            }
            workingDaysBefore[span] = count;
            int originOffset = Math.toIntExact(calendar.projectStart.toEpochDay() - firstEpochDay);
            return new LookupTable(firstEpochDay, workingDaysBefore, Arrays.copyOf(dayOffsetOfOrdinal, count),
                    workingDaysBefore[originOffset]);
        }

        int span() {
            return workingDaysBefore.length - 1;
        }

        long lastEpochDay() {
            return firstEpochDay + span();
        }

        int workingDayCount() {
            return dayOffsetOfOrdinal.length;
        }
    }

    /** Collects the rules of a calendar; Monday to Friday unless told otherwise. */
    public static final class Builder {

        private final LocalDate projectStart;
        private final Set<DayOfWeek> workingWeekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        private final Set<LocalDate> holidays = new HashSet<>();
        private final Set<LocalDate> makeUpWorkingDays = new HashSet<>();

        private Builder(LocalDate projectStart) {
            this.projectStart = projectStart;
        }

        public Builder workingWeekdays(Collection<DayOfWeek> weekdays) {
            workingWeekdays.clear();
            workingWeekdays.addAll(weekdays);
            return this;
        }

        public Builder holidays(Collection<LocalDate> days) {
            holidays.addAll(days);
            return this;
        }

        public Builder makeUpWorkingDays(Collection<LocalDate> days) {
            makeUpWorkingDays.addAll(days);
            return this;
        }

        /** @throws IllegalArgumentException if no weekday is worked, or a day is both a holiday and a make-up day */
        public WorkingCalendar build() {
            return new WorkingCalendar(projectStart, Set.copyOf(workingWeekdays), Set.copyOf(holidays),
                    Set.copyOf(makeUpWorkingDays), Set.of());
        }
    }
}
