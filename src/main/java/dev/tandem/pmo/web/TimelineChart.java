package dev.tandem.pmo.web;

import dev.tandem.pmo.PortfolioOverview.TimelineEntry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The portfolio's milestones on one time axis, one row per project, laid out in SVG user units: the page draws a
 * diamond at each milestone's date and, where it slipped, a line back to its baseline date. Month ticks (every third
 * month over long spans) label the axis.
 */
public record TimelineChart(int width, int height, List<Row> rows, List<Tick> ticks) {

    static final int WIDTH = 1000;
    static final int LABELS = 110;
    static final int RIGHT = 20;
    static final int AXIS = 26;
    static final int ROW = 30;

    public record Row(String project, int y, List<Mark> marks) {
    }

    /** {@code x} of the date, {@code baselineX} of the baseline date (-1 without one). */
    public record Mark(TimelineEntry milestone, int x, int baselineX) {

        public boolean late() {
            return milestone.slipDays() > 0 && !milestone.done();
        }
    }

    public record Tick(LocalDate month, int x) {
    }

    static TimelineChart of(List<TimelineEntry> milestones) {
        if (milestones.isEmpty()) {
            return new TimelineChart(WIDTH, AXIS, List.of(), List.of());
        }
        List<LocalDate> dates = milestones.stream()
                .flatMap(m -> Stream.of(m.date(), m.baselineDate())).filter(d -> d != null).toList();
        LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow().withDayOfMonth(1);
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow().withDayOfMonth(1).plusMonths(1);
        long days = ChronoUnit.DAYS.between(first, last);
        Map<String, List<Mark>> byProject = new LinkedHashMap<>();
        for (TimelineEntry m : milestones) {
            byProject.computeIfAbsent(m.project(), p -> new ArrayList<>()).add(new Mark(m, x(m.date(), first, days),
                    m.baselineDate() == null ? -1 : x(m.baselineDate(), first, days)));
        }
        List<Row> rows = new ArrayList<>();
        byProject.forEach((project, marks) -> rows.add(new Row(project, AXIS + rows.size() * ROW + ROW / 2, marks)));
        long months = ChronoUnit.MONTHS.between(first, last);
        int step = months > 18 ? 3 : 1;
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate month = first; month.isBefore(last); month = month.plusMonths(step)) {
            ticks.add(new Tick(month, x(month, first, days)));
        }
        return new TimelineChart(WIDTH, AXIS + rows.size() * ROW + 4, rows, ticks);
    }

    private static int x(LocalDate date, LocalDate first, long days) {
        long offset = ChronoUnit.DAYS.between(first, date);
        return LABELS + (int) Math.round((WIDTH - LABELS - RIGHT) * (double) offset / days);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }
}
