package dev.tandem.quality.web;

import dev.tandem.quality.CoveragePoint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The coverage trend as SVG geometry, drawn the way earned value draws its S-curve: line and branch coverage as
 * polylines over the reports in order (a report without a figure is left out of that line), 0–100 % from the bottom.
 */
record CoverageChart(int width, int height, String lines, String branches, List<Tick> ticks, List<Tick> levels,
                     double axisY, double left, double right) {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 260;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;
    private static final int LEFT = 40;
    private static final int RIGHT = 16;

    /** A label along the bottom (a commit) or the side (a percentage). */
    record Tick(double x, double y, String label) {
    }

    static CoverageChart of(List<CoveragePoint> points) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        int span = Math.max(1, points.size() - 1);
        Function<Integer, Double> x = i -> points.size() == 1 ? LEFT + plotWidth / 2 : LEFT + plotWidth * i / span;
        Function<BigDecimal, Double> y = v -> TOP + plotHeight * (1 - v.doubleValue() / 100);
        List<Tick> ticks = new ArrayList<>();
        int every = Math.max(1, points.size() / 8);
        for (int i = 0; i < points.size(); i += every) {
            String commit = points.get(i).commit();
            ticks.add(new Tick(x.apply(i), HEIGHT - 20, commit.length() > 7 ? commit.substring(0, 7) : commit));
        }
        List<Tick> levels = new ArrayList<>();
        for (int level = 0; level <= 100; level += 25) {
            levels.add(new Tick(LEFT - 6, y.apply(BigDecimal.valueOf(level)) + 3, level + "%"));
        }
        return new CoverageChart(WIDTH, HEIGHT, line(points, CoveragePoint::lineCoverage, x, y),
                line(points, CoveragePoint::branchCoverage, x, y), ticks, levels, TOP + plotHeight, LEFT, WIDTH - RIGHT);
    }

    private static String line(List<CoveragePoint> points, Function<CoveragePoint, BigDecimal> value,
                               Function<Integer, Double> x, Function<BigDecimal, Double> y) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            BigDecimal v = value.apply(points.get(i));
            if (v != null) {
                sb.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.apply(i), y.apply(v)));
            }
        }
        return sb.toString().strip();
    }
}
