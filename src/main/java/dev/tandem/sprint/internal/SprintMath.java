package dev.tandem.sprint.internal;

import dev.tandem.sprint.Burndown;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * The arithmetic of sprints, apart from storage so that it can be checked with hand-computed cases: working
 * days (by the project's calendar, passed in as a predicate), capacity, and burndown / burnup from each item's
 * done / not-done history.
 */
public final class SprintMath {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private SprintMath() {
    }

    public static List<LocalDate> workingDays(LocalDate start, LocalDate end, Predicate<LocalDate> workingDay) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (workingDay.test(d)) {
                days.add(d);
            }
        }
        return days;
    }

    /** The working day before {@code day}: Friday for a Monday in a Monday-to-Friday calendar; a week back at most. */
    public static LocalDate previousWorkingDay(LocalDate day, Predicate<LocalDate> workingDay) {
        LocalDate d = day.minusDays(1);
        while (!workingDay.test(d) && d.isAfter(day.minusDays(7))) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** How many of the leave days fall on working days between start and end. */
    public static int leaveDays(Collection<LocalDate> leave, LocalDate start, LocalDate end, Predicate<LocalDate> workingDay) {
        return (int) leave.stream().filter(d -> !d.isBefore(start) && !d.isAfter(end) && workingDay.test(d)).count();
    }

    /** Weekly hours × working days / 5, less weekly / 5 per day of leave; never below zero. */
    public static BigDecimal capacityHours(BigDecimal weeklyHours, int workingDays, int leaveDays) {
        BigDecimal hours = weeklyHours.multiply(BigDecimal.valueOf(Math.max(0, workingDays - leaveDays)))
                .divide(FIVE, 1, RoundingMode.HALF_UP);
        return hours.signum() < 0 ? BigDecimal.ZERO.setScale(1) : hours;
    }

    /** A change of an item between not done and done, on a day. */
    public record Transition(LocalDate on, boolean done) {
    }

    /**
     * One item of a sprint: its estimate, the first day it counts (the day it was added, or the sprint's first
     * day), whether it was done before its first transition, and its transitions in order.
     */
    public record Track(BigDecimal estimate, LocalDate inScopeFrom, boolean initiallyDone, List<Transition> transitions) {

        boolean doneAt(LocalDate day) {
            boolean done = initiallyDone;
            for (Transition t : transitions) {
                if (t.on().isAfter(day)) {
                    break;
                }
                done = t.done();
            }
            return done;
        }
    }

    /**
     * The end-of-day values of every working day; days after {@code lastKnown} get an ideal only.
     * {@code committed} is what was in scope on the first day.
     */
    public static List<Burndown.Day> burn(List<LocalDate> days, LocalDate lastKnown, List<Track> tracks) {
        List<Burndown.Day> result = new ArrayList<>();
        if (days.isEmpty()) {
            return result;
        }
        BigDecimal committed = committed(days, tracks);
        int n = days.size();
        for (int i = 0; i < n; i++) {
            LocalDate day = days.get(i);
            BigDecimal ideal = committed.multiply(BigDecimal.valueOf(n - 1 - i)).divide(BigDecimal.valueOf(n), 1,
                    RoundingMode.HALF_UP);
            if (day.isAfter(lastKnown)) {
                result.add(new Burndown.Day(day, ideal, null, null, null));
                continue;
            }
            BigDecimal scope = BigDecimal.ZERO;
            BigDecimal done = BigDecimal.ZERO;
            for (Track t : tracks) {
                if (t.inScopeFrom().isAfter(day)) {
                    continue;
                }
                scope = scope.add(t.estimate());
                if (t.doneAt(day)) {
                    done = done.add(t.estimate());
                }
            }
            result.add(new Burndown.Day(day, ideal, scale(scope.subtract(done)), scale(done), scale(scope)));
        }
        return result;
    }

    public static BigDecimal committed(List<LocalDate> days, List<Track> tracks) {
        BigDecimal committed = BigDecimal.ZERO;
        for (Track t : tracks) {
            if (!days.isEmpty() && !t.inScopeFrom().isAfter(days.getFirst())) {
                committed = committed.add(t.estimate());
            }
        }
        return scale(committed);
    }

    public static BigDecimal scale(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }
}
