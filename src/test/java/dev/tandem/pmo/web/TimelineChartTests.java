package dev.tandem.pmo.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.pmo.PortfolioOverview.TimelineEntry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineChartTests {

    @Test
    void eachProjectGetsARowAndEachMilestoneSitsAtItsDateWithItsBaselineBehindItWhenItSlipped() {
        TimelineChart chart = TimelineChart.of(List.of(
                milestone("PAY", "PAY-3", "2027-02-15", "2027-02-01", 10, false),
                milestone("MOB", "MOB-7", "2027-03-01", "2027-03-01", 0, true),
                milestone("PAY", "PAY-9", "2027-04-30", null, 0, false)));

        assertThat(chart.rows()).extracting(TimelineChart.Row::project).containsExactly("PAY", "MOB");
        assertThat(chart.rows().get(1).y()).isGreaterThan(chart.rows().get(0).y());
        TimelineChart.Mark late = chart.rows().get(0).marks().get(0);
        TimelineChart.Mark last = chart.rows().get(0).marks().get(1);
        TimelineChart.Mark done = chart.rows().get(1).marks().get(0);
        assertThat(late.late()).isTrue();
        assertThat(done.late()).isFalse();
        assertThat(late.baselineX()).isLessThan(late.x());
        assertThat(done.baselineX()).isEqualTo(done.x());
        assertThat(last.baselineX()).isEqualTo(-1);
        assertThat(late.x()).isLessThan(done.x()).isGreaterThanOrEqualTo(TimelineChart.LABELS);
        assertThat(last.x()).isGreaterThan(done.x()).isLessThanOrEqualTo(TimelineChart.WIDTH - TimelineChart.RIGHT);
        // the axis runs from the first month of a date to the end of the last one, a tick a month
        assertThat(chart.ticks()).extracting(TimelineChart.Tick::month).containsExactly(LocalDate.parse("2027-02-01"),
                LocalDate.parse("2027-03-01"), LocalDate.parse("2027-04-01"));
        assertThat(chart.ticks().get(0).x()).isEqualTo(TimelineChart.LABELS);
        assertThat(chart.height()).isGreaterThan(chart.rows().get(1).y());
    }

    @Test
    void overMoreThanEighteenMonthsTheAxisIsLabelledEveryQuarter() {
        TimelineChart chart = TimelineChart.of(List.of(milestone("PAY", "PAY-1", "2027-01-10", null, 0, false),
                milestone("PAY", "PAY-2", "2028-12-20", null, 0, false)));

        assertThat(chart.ticks()).hasSize(8);
        assertThat(chart.ticks().get(1).month()).isEqualTo(LocalDate.parse("2027-04-01"));
    }

    @Test
    void noMilestonesDrawNoRows() {
        assertThat(TimelineChart.of(List.of()).rows()).isEmpty();
    }

    private static TimelineEntry milestone(String project, String key, String date, String baseline, int slip,
                                           boolean done) {
        return new TimelineEntry(project, key, "Milestone " + key, LocalDate.parse(date),
                baseline == null ? null : LocalDate.parse(baseline), slip, done, "/items/" + key);
    }
}
