package dev.tandem.earnedvalue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's earned value: the figures for the whole project, each milestone and each epic, and the weekly S-curve.
 * Amounts are in {@code currency}, or in hours ({@code currency} "h") when the project has no rates. {@code baseline}
 * is null when the project has none, and then there is nothing to measure against.
 */
public record EarnedValueReport(String project, String baseline, String currency, String progressRule,
                                long settingsVersion, LocalDate statusDate, Group total, List<Group> milestones,
                                List<Group> epics, List<Point> curve, List<Point> forecast) {

    /** The figures of a set of items; ratios are null where their divisor is zero. */
    public record Group(String key, String title, BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac,
                        BigDecimal sv, BigDecimal cv, BigDecimal spi, BigDecimal cpi, BigDecimal eacByCpi,
                        BigDecimal eacAtBudgetRate, BigDecimal eacByCpiAndSpi, BigDecimal etc, BigDecimal vac,
                        BigDecimal tcpi, BigDecimal earnedScheduleDays, BigDecimal actualTimeDays,
                        BigDecimal plannedDurationDays, BigDecimal spiT, BigDecimal ieacTDays, LocalDate plannedFinish,
                        LocalDate forecastFinish) {
    }

    /**
     * The curve at the end of an ISO week (its Sunday, or the status date for the current week). {@code recorded}
     * tells a past week kept in a snapshot from the live current week; a past week without a snapshot has no EV or AC.
     */
    public record Point(String week, LocalDate date, BigDecimal pv, BigDecimal ev, BigDecimal ac, boolean recorded) {
    }
}
