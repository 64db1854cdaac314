package dev.tandem.schedule.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
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
    private static final long[] NO_DAYS = new long[0];

    private final LocalDate projectStart;
    private final long projectStartEpochDay;
    private final Set<DayOfWeek> workingWeekdays;
    /** Whether each weekday is worked, Monday first. */
    private final boolean[] weekdayWorked;
    /** Epoch days, sorted and distinct. */
    private final long[] holidays;
    private final long[] makeUpWorkingDays;
    private final long[] personalNonWorkingDays;
    private volatile LookupTable table;

    private WorkingCalendar(LocalDate projectStart, Set<DayOfWeek> workingWeekdays, long[] holidays,
            long[] makeUpWorkingDays, long[] personalNonWorkingDays) {
        if (workingWeekdays.isEmpty()) {
            throw new IllegalArgumentException(
                    "A working calendar needs at least one working weekday; this one has no working days");
        }
        for (long day : makeUpWorkingDays) {
            if (Arrays.binarySearch(holidays, day) >= 0) {
                throw new IllegalArgumentException(LocalDate.ofEpochDay(day) + " is both a holiday and a make-up working day");
            }
        }
        this.projectStart = projectStart;
        this.projectStartEpochDay = projectStart.toEpochDay();
        this.workingWeekdays = workingWeekdays;
        this.weekdayWorked = new boolean[7];
        for (DayOfWeek weekday : workingWeekdays) {
            weekdayWorked[weekday.ordinal()] = true;
        }
        this.holidays = holidays;
        this.makeUpWorkingDays = makeUpWorkingDays;
        this.personalNonWorkingDays = personalNonWorkingDays;
        this.table = LookupTable.covering(this, projectStartEpochDay, INITIAL_SPAN_DAYS);
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
        long[] added = epochDays(days);
        long[] both = Arrays.copyOf(personalNonWorkingDays, personalNonWorkingDays.length + added.length);
        System.arraycopy(added, 0, both, personalNonWorkingDays.length, added.length);
        return new WorkingCalendar(projectStart, workingWeekdays, holidays, makeUpWorkingDays, sortedDistinct(both));
    }

    public LocalDate projectStart() {
        return projectStart;
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date.toEpochDay());
    }

    private boolean isWorkingDay(long epochDay) {
        if (Arrays.binarySearch(personalNonWorkingDays, epochDay) >= 0) {
            return false;
        }
        if (Arrays.binarySearch(makeUpWorkingDays, epochDay) >= 0) {
            return true;
        }
        return weekdayWorked[weekdayOf(epochDay)] && Arrays.binarySearch(holidays, epochDay) < 0;
    }

    /** The date of working day {@code index}. */
    public LocalDate dateOf(int index) {
        LookupTable current = table;
        int ordinal = current.originOrdinal + index;
        while (ordinal < 0 || ordinal >= current.workingDayCount()) {
            current = grow(ordinal < 0 ? current.firstEpochDay - current.span() : current.lastEpochDay() + current.span());
            ordinal = current.originOrdinal + index;
        }
        return current.dateOfOrdinal(ordinal);
    }

    /** The index of the first working day on or after {@code date}: where work starting that day really starts. */
    public int startIndexOf(LocalDate date) {
        long epochDay = date.toEpochDay();
        LookupTable current = tableCovering(epochDay);
        return current.workingDaysBefore[(int) (epochDay - current.firstEpochDay)] - current.originOrdinal;
    }

    /** The exclusive finish index of work whose last day is {@code date} (or the last working day before it). */
    public int finishIndexOf(LocalDate date) {
        long epochDay = date.toEpochDay();
        LookupTable current = tableCovering(epochDay);
        return current.workingDaysBefore[(int) (epochDay - current.firstEpochDay) + 1] - current.originOrdinal;
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

    /** 0 for Monday to 6 for Sunday; day 0 of the epoch, 1970-01-01, was a Thursday. */
    static int weekdayOf(long epochDay) {
        return (int) Math.floorMod(epochDay + 3, 7L);
    }

    private static long[] epochDays(Collection<LocalDate> days) {
        long[] epochDays = new long[days.size()];
        int i = 0;
        for (LocalDate day : days) {
            epochDays[i++] = day.toEpochDay();
        }
        return epochDays;
    }

    private static long[] sortedDistinct(long[] days) {
        if (days.length == 0) {
            return NO_DAYS;
        }
        long[] sorted = days.clone();
        Arrays.sort(sorted);
        int count = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[count - 1]) {
                sorted[count++] = sorted[i];
            }
        }
        return count == sorted.length ? sorted : Arrays.copyOf(sorted, count);
    }

    /**
     * Precomputed for days {@code [firstEpochDay, firstEpochDay + span)}: working days before each day, and the day
     * offset of each working day; the date of each working day is made once, when first asked for, and kept.
     */
    private record LookupTable(long firstEpochDay, int[] workingDaysBefore, int[] dayOffsetOfOrdinal, int originOrdinal,
            LocalDate[] dates) {

        /** Walks the span once, weekday by arithmetic, merging in the sorted exception days as it passes them. */
        static LookupTable covering(WorkingCalendar calendar, long firstEpochDay, int span) {
            int[] workingDaysBefore = new int[span + 1];
            int[] dayOffsetOfOrdinal = new int[span];
            boolean[] weekdayWorked = calendar.weekdayWorked;
            long[] holidays = calendar.holidays;
            long[] makeUp = calendar.makeUpWorkingDays;
            long[] personal = calendar.personalNonWorkingDays;
            int h = firstAtOrAfter(holidays, firstEpochDay);
            int m = firstAtOrAfter(makeUp, firstEpochDay);
            int p = firstAtOrAfter(personal, firstEpochDay);
            int weekday = weekdayOf(firstEpochDay);
            int count = 0;
            for (int offset = 0; offset < span; offset++) {
                long day = firstEpochDay + offset;
                boolean worked = weekdayWorked[weekday];
                if (h < holidays.length && holidays[h] == day) {
                    worked = false;
                    h++;
                }
                if (m < makeUp.length && makeUp[m] == day) {
                    worked = true;
                    m++;
                }
                if (p < personal.length && personal[p] == day) {
                    worked = false;
                    p++;
                }
                workingDaysBefore[offset] = count;
                if (worked) {
                    dayOffsetOfOrdinal[count++] = offset;
                }
                weekday = weekday == 6 ? 0 : weekday + 1;
            }
            workingDaysBefore[span] = count;
            int originOffset = Math.toIntExact(calendar.projectStartEpochDay - firstEpochDay);
            return new LookupTable(firstEpochDay, workingDaysBefore, Arrays.copyOf(dayOffsetOfOrdinal, count),
                    workingDaysBefore[originOffset], new LocalDate[count]);
        }

        private static int firstAtOrAfter(long[] sortedDays, long epochDay) {
            int position = Arrays.binarySearch(sortedDays, epochDay);
            return position >= 0 ? position : -position - 1;
        }

        /**
         * The date of the working day with this ordinal. Two threads may both make it the first time; either copy is
         * right, and a {@code LocalDate} is safely published through its final fields.
         */
        LocalDate dateOfOrdinal(int ordinal) {
            LocalDate date = dates[ordinal];
            if (date == null) {
                date = LocalDate.ofEpochDay(firstEpochDay + dayOffsetOfOrdinal[ordinal]);
                dates[ordinal] = date;
            }
            return date;
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
        private final List<LocalDate> holidays = new ArrayList<>();
        private final List<LocalDate> makeUpWorkingDays = new ArrayList<>();

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
            return new WorkingCalendar(projectStart, Set.copyOf(workingWeekdays), sortedDistinct(epochDays(holidays)),
                    sortedDistinct(epochDays(makeUpWorkingDays)), NO_DAYS);
        }
    }
}
