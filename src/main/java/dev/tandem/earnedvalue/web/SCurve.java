package dev.tandem.earnedvalue.web;

import dev.tandem.earnedvalue.EarnedValueReport;
import dev.tandem.earnedvalue.EarnedValueReport.Point;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The S-curve of an {@link EarnedValueReport} as SVG geometry: PV, EV and AC as polylines over the weeks (a week
 * without a figure breaks nothing, it is left out), and the forecast as a dashed line from today's AC to the estimate
 * at completion at the forecast finish. Dates map to x, amounts to y from zero at the bottom.
 */
record SCurve(int width, int height, String pv, String ev, String ac, String forecast, double bacY, List<Tick> ticks,
              double axisY, double left, double right) {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 300;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;
    private static final int LEFT = 16;
    private static final int RIGHT = 16;

    /** A week label along the bottom. */
    record Tick(double x, String label) {
    }

    static SCurve of(EarnedValueReport report) {
        List<Point> curve = report.curve();
        List<Point> all = new ArrayList<>(curve);
        all.addAll(report.forecast());
        LocalDate first = all.stream().map(Point::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = all.stream().map(Point::date).max(LocalDate::compareTo).orElseThrow();
        double max = Math.max(1, all.stream().flatMap(p -> java.util.stream.Stream.of(p.pv(), p.ev(), p.ac()))
                .filter(v -> v != null).mapToDouble(BigDecimal::doubleValue).max().orElse(1));
        if (report.total() != null && report.total().bac() != null) {
            max = Math.max(max, report.total().bac().doubleValue());
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double top = max;
        Function<LocalDate, Double> x = d -> LEFT + plotWidth * ChronoUnit.DAYS.between(first, d) / span;
        Function<BigDecimal, Double> y = v -> TOP + plotHeight * (1 - v.doubleValue() / top);
        List<Tick> ticks = new ArrayList<>();
        int every = Math.max(1, curve.size() / 8);
        for (int i = 0; i < curve.size(); i += every) {
            ticks.add(new Tick(x.apply(curve.get(i).date()), curve.get(i).week().substring(5)));
        }
        double bacY = report.total() == null || report.total().bac() == null ? -1 : y.apply(report.total().bac());
        return new SCurve(WIDTH, HEIGHT, line(curve, Point::pv, x, y), line(curve, Point::ev, x, y),
                line(curve, Point::ac, x, y), line(report.forecast(), Point::ac, x, y), bacY, ticks, TOP + plotHeight,
                LEFT, WIDTH - RIGHT);
    }

    private static String line(List<Point> points, Function<Point, BigDecimal> value, Function<LocalDate, Double> x,
                               Function<BigDecimal, Double> y) {
        StringBuilder sb = new StringBuilder();
        for (Point p : points) {
            BigDecimal v = value.apply(p);
            if (v != null) {
                sb.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.apply(p.date()), y.apply(v)));
            }
        }
        return sb.toString().strip();
    }
}
