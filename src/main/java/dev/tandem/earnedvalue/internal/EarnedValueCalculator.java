package dev.tandem.earnedvalue.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Earned value arithmetic, plain Java. Planned value spreads each item's budget evenly over the working days of its
 * baseline dates; earned value follows the project's {@link ProgressRule}; actual cost is what was logged up to the
 * status date. Time for earned schedule is counted in calendar days from the earliest baseline start ("day 0"), the
 * status date's day included, so ES, AT and the planned duration are all days.
 */
public final class EarnedValueCalculator {

    /** How an item earns its budget. */
    public enum ProgressRule {
        /** Nothing until done, then all of it. */
        ZERO_HUNDRED,
        /** Half once work started, the rest when done. */
        FIFTY_FIFTY,
        /** Budget × (1 − remaining ÷ planned hours) once someone estimated what is left; else as 0/100. */
        REMAINING
    }

    public enum Progress { NOT_STARTED, STARTED, DONE }

    /** One baselined item: its baseline dates, planned hours and budget (hours × rate), and where it stands now. */
    public record Item(String key, LocalDate start, LocalDate finish, double plannedHours, double budget,
                       Progress progress, Double remainingHours) {
    }

    /** Money spent on an item on a day: hours logged × the person's rate. */
    public record Cost(String item, LocalDate date, double amount) {
    }

    public record Figures(double bac, double pv, double ev, double ac, double sv, double cv, Double spi, Double cpi,
                          Double eacByCpi, double eacAtBudgetRate, Double eacByCpiAndSpi, Double etc, Double vac,
                          Double tcpi, double earnedScheduleDays, double actualTimeDays, double plannedDurationDays,
                          Double spiT, Double ieacTDays, LocalDate forecastFinish, LocalDate start, LocalDate finish) {
    }

    private EarnedValueCalculator() {
    }

    public static Figures figures(Collection<Item> items, Collection<Cost> costs, ProgressRule rule, LocalDate statusDate,
                                  Predicate<LocalDate> workingDay) {
        if (items.isEmpty()) {
            double ac = actualCost(costs, statusDate);
            return new Figures(0, 0, 0, ac, 0, -ac, null, null, null, ac, null, null, null, null, 0, 0, 0, null, null,
                    null, null, null);
        }
        LocalDate start = items.stream().map(Item::start).min(LocalDate::compareTo).orElseThrow();
        LocalDate finish = items.stream().map(Item::finish).max(LocalDate::compareTo).orElseThrow();
        double bac = items.stream().mapToDouble(Item::budget).sum();
        double pv = plannedValue(items, statusDate, workingDay);
        double ev = items.stream().mapToDouble(i -> earned(i, rule)).sum();
        double ac = actualCost(costs, statusDate);
        Double spi = ratio(ev, pv);
        Double cpi = ratio(ev, ac);
        Double eacByCpi = cpi == null || cpi == 0 ? null : bac / cpi;
        double eacAtBudgetRate = ac + (bac - ev);
        Double eacByCpiAndSpi = cpi == null || spi == null || cpi * spi == 0 ? null : ac + (bac - ev) / (cpi * spi);
        Double etc = eacByCpi == null ? null : eacByCpi - ac;
        Double vac = eacByCpi == null ? null : bac - eacByCpi;
        Double tcpi = bac - ac == 0 ? null : (bac - ev) / (bac - ac);

        double plannedDuration = ChronoUnit.DAYS.between(start, finish) + 1;
        double actualTime = Math.max(0, ChronoUnit.DAYS.between(start, statusDate) + 1);
        double es = earnedSchedule(items, ev, start, finish, workingDay);
        Double spiT = actualTime == 0 ? null : es / actualTime;
        Double ieacT = spiT == null || spiT == 0 ? null : plannedDuration / spiT;
        LocalDate forecastFinish = ieacT == null ? null : start.plusDays((long) Math.ceil(ieacT - 1e-9) - 1);
        return new Figures(bac, pv, ev, ac, ev - pv, ev - ac, spi, cpi, eacByCpi, eacAtBudgetRate, eacByCpiAndSpi, etc,
                vac, tcpi, es, actualTime, plannedDuration, spiT, ieacT, forecastFinish, start, finish);
    }

    /** Budget planned to be spent up to and including {@code day}. */
    public static double plannedValue(Collection<Item> items, LocalDate day, Predicate<LocalDate> workingDay) {
        double pv = 0;
        for (Item item : items) {
            List<LocalDate> days = workingDays(item, workingDay);
            long done = days.stream().filter(d -> !d.isAfter(day)).count();
            pv += days.isEmpty() ? (item.finish().isAfter(day) ? 0 : item.budget()) : item.budget() * done / days.size();
        }
        return pv;
    }

    /** Cost logged up to and including {@code day}. */
    public static double actualCost(Collection<Cost> costs, LocalDate day) {
        return costs.stream().filter(c -> !c.date().isAfter(day)).mapToDouble(Cost::amount).sum();
    }

    public static double earned(Item item, ProgressRule rule) {
        if (item.progress() == Progress.DONE) {
            return item.budget();
        }
        return switch (rule) {
            case ZERO_HUNDRED -> 0;
            case FIFTY_FIFTY -> item.progress() == Progress.STARTED ? item.budget() / 2 : 0;
            case REMAINING -> item.remainingHours() == null || item.plannedHours() <= 0 ? 0
                    : item.budget() * Math.clamp(1 - item.remainingHours() / item.plannedHours(), 0.0, 1.0);
        };
    }

    /**
     * The day count at which the plan meant to have earned what has been earned: C whole days whose planned value
     * does not pass EV, plus the fraction of the next day's planned value that EV covers.
     */
    static double earnedSchedule(Collection<Item> items, double ev, LocalDate start, LocalDate finish,
                                 Predicate<LocalDate> workingDay) {
        double[] cumulative = cumulativePlannedValue(items, start, finish, workingDay);
        double before = 0;
        for (int c = 0; c < cumulative.length; c++) {
            if (cumulative[c] > ev + 1e-9) {
                return c + (ev - before) / (cumulative[c] - before);
            }
            before = cumulative[c];
        }
        return cumulative.length;
    }

    /** Planned value by the end of each day from {@code start} to {@code finish}, worked out in one pass over the items. */
    private static double[] cumulativePlannedValue(Collection<Item> items, LocalDate start, LocalDate finish,
                                                   Predicate<LocalDate> workingDay) {
        double[] values = new double[(int) ChronoUnit.DAYS.between(start, finish) + 1];
        for (Item item : items) {
            List<LocalDate> days = workingDays(item, workingDay);
            if (days.isEmpty()) {
                values[(int) ChronoUnit.DAYS.between(start, item.finish())] += item.budget();
            }
            for (LocalDate day : days) {
                values[(int) ChronoUnit.DAYS.between(start, day)] += item.budget() / days.size();
            }
        }
        for (int c = 1; c < values.length; c++) {
            values[c] += values[c - 1];
        }
        return values;
    }

    private static List<LocalDate> workingDays(Item item, Predicate<LocalDate> workingDay) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = item.start(); !d.isAfter(item.finish()); d = d.plusDays(1)) {
            if (workingDay.test(d)) {
                days.add(d);
            }
        }
        return days;
    }

    private static Double ratio(double a, double b) {
        return b == 0 ? null : a / b;
    }
}
