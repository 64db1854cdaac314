package dev.tandem.earnedvalue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.earnedvalue.internal.EarnedValueCalculator.Cost;
import dev.tandem.earnedvalue.internal.EarnedValueCalculator.Figures;
import dev.tandem.earnedvalue.internal.EarnedValueCalculator.Item;
import dev.tandem.earnedvalue.internal.EarnedValueCalculator.Progress;
import dev.tandem.earnedvalue.internal.EarnedValueCalculator.ProgressRule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A hand-computed project on a Monday-to-Friday calendar; day 0 is Monday 2027-01-04.
 * <pre>
 * A  Mon 4 – Fri 8 Jan   5 working days  40 h × 100 = 4000  (800 a day)   done
 * B  Mon 11 – Fri 15     5 working days  20 h ×  50 = 1000  (200 a day)   in progress, 5 h left
 * C  Mon 11 – Tue 12     2 working days  16 h × 100 = 1600  (800 a day)   not started
 * BAC = 6600; status date Wed 13 Jan (day 9)
 * work logs: alice 44 h on A (Fri 8) × 100 = 4400; bob 8 h on B (Tue 12) × 50 = 400; a log after the status date
 * does not count.
 * </pre>
 */
class EarnedValueCalculatorTests {

    private static final Predicate<LocalDate> WEEKDAYS = d -> d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
    private static final LocalDate STATUS = LocalDate.of(2027, 1, 13);
    private static final List<Item> ITEMS = List.of(
            new Item("A", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8), 40, 4000, Progress.DONE, null),
            new Item("B", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 15), 20, 1000, Progress.STARTED, 5.0),
            new Item("C", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 12), 16, 1600, Progress.NOT_STARTED, null));
    private static final List<Cost> COSTS = List.of(new Cost("A", LocalDate.of(2027, 1, 8), 4400),
            new Cost("B", LocalDate.of(2027, 1, 12), 400), new Cost("B", LocalDate.of(2027, 1, 14), 999));

    @Test
    void everyFigureOfTheHandComputedProjectWithTheDefaultZeroHundredRule() {
        Figures f = EarnedValueCalculator.figures(ITEMS, COSTS, ProgressRule.ZERO_HUNDRED, STATUS, WEEKDAYS);

        assertThat(f.bac()).isEqualTo(6600);
        // PV = A 4000 + B three days (11, 12, 13) × 200 = 600 + C 1600 = 6200
        assertThat(f.pv()).isCloseTo(6200, within(1e-6));
        // EV = A done 4000; B and C earn nothing until done
        assertThat(f.ev()).isEqualTo(4000);
        // AC = 4400 + 400 (the log of the 14th is after the status date)
        assertThat(f.ac()).isEqualTo(4800);
        assertThat(f.sv()).isCloseTo(-2200, within(1e-6));   // 4000 − 6200
        assertThat(f.cv()).isEqualTo(-800);                   // 4000 − 4800
        assertThat(f.spi()).isCloseTo(0.645161, within(1e-6)); // 4000 ÷ 6200
        assertThat(f.cpi()).isCloseTo(0.833333, within(1e-6)); // 4000 ÷ 4800
        assertThat(f.eacByCpi()).isCloseTo(7920, within(1e-6));        // 6600 ÷ 0.8333
        assertThat(f.eacAtBudgetRate()).isEqualTo(7400);               // 4800 + (6600 − 4000)
        // 4800 + 2600 ÷ (0.8333 × 0.6452) = 4800 + 2600 × 29.76 ÷ 16 = 4800 + 4836
        assertThat(f.eacByCpiAndSpi()).isCloseTo(9636, within(1e-6));
        assertThat(f.etc()).isCloseTo(3120, within(1e-6));     // 7920 − 4800
        assertThat(f.vac()).isCloseTo(-1320, within(1e-6));    // 6600 − 7920
        assertThat(f.tcpi()).isCloseTo(1.444444, within(1e-6)); // (6600 − 4000) ÷ (6600 − 4800)
        // cumulative PV by the end of day: 0 Mon 800 … 4 Fri 4000, 5–6 weekend 4000, 7 Mon 11 5000: EV 4000 is
        // reached after day 6 and none of day 7's 1000 is covered, so ES = 7 + 0 ÷ 1000 = 7 days
        assertThat(f.earnedScheduleDays()).isCloseTo(7, within(1e-9));
        assertThat(f.actualTimeDays()).isEqualTo(10);          // 4 … 13 January
        assertThat(f.spiT()).isCloseTo(0.7, within(1e-9));     // 7 ÷ 10
        assertThat(f.plannedDurationDays()).isEqualTo(12);     // 4 … 15 January
        assertThat(f.ieacTDays()).isCloseTo(17.142857, within(1e-6)); // 12 ÷ 0.7
        // 18 days from the 4th, the 4th being the first: 21 January
        assertThat(f.forecastFinish()).isEqualTo(LocalDate.of(2027, 1, 21));
    }

    @Test
    void fiftyFiftyEarnsHalfOfStartedWorkAndEarnedScheduleCountsPartOfADay() {
        Figures f = EarnedValueCalculator.figures(ITEMS, COSTS, ProgressRule.FIFTY_FIFTY, STATUS, WEEKDAYS);

        // EV = 4000 + B half of 1000 = 4500
        assertThat(f.ev()).isEqualTo(4500);
        // past 4000 after day 6, day 7 plans 1000: ES = 7 + 500 ÷ 1000 = 7.5; SPI(t) = 7.5 ÷ 10
        assertThat(f.earnedScheduleDays()).isCloseTo(7.5, within(1e-9));
        assertThat(f.spiT()).isCloseTo(0.75, within(1e-9));
        // 12 ÷ 0.75 = 16 days: the 19th
        assertThat(f.forecastFinish()).isEqualTo(LocalDate.of(2027, 1, 19));
    }

    @Test
    void theRemainingEstimateRuleEarnsWhatIsNoLongerLeft() {
        Figures f = EarnedValueCalculator.figures(ITEMS, COSTS, ProgressRule.REMAINING, STATUS, WEEKDAYS);

        // B: 1000 × (1 − 5 ÷ 20) = 750; C has no remaining estimate and earns nothing
        assertThat(f.ev()).isEqualTo(4750);
    }

    @Test
    void aProjectWithNothingBaselinedHasOnlyItsCost() {
        Figures f = EarnedValueCalculator.figures(List.of(), COSTS, ProgressRule.ZERO_HUNDRED, STATUS, WEEKDAYS);

        assertThat(f.bac()).isZero();
        assertThat(f.ac()).isEqualTo(4800);
        assertThat(f.spi()).isNull();
        assertThat(f.forecastFinish()).isNull();
    }
}
