package dev.tandem.delivery.web;

import dev.tandem.delivery.DoraReport;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One DORA metric's weekly trend as SVG geometry, drawn the way earned value draws its S-curve: a polyline over the
 * weeks (a week without a figure is left out), zero at the bottom, the highest value marked at the top.
 */
record TrendChart(String metric, int width, int height, String line, List<Dot> dots, List<Tick> ticks, double axisY,
                  double left, double right, String max) {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 140;
    private static final int TOP = 14;
    private static final int BOTTOM = 28;
    private static final int SIDE = 10;

    record Tick(double x, String label) {
    }

    record Dot(double x, double y) {
    }

    static TrendChart of(String metric, List<DoraReport.Week> weeks, Function<DoraReport.Week, Double> value) {
        double top = Math.max(weeks.stream().map(value).filter(v -> v != null).mapToDouble(Double::doubleValue).max()
                .orElse(0), metric.equals("failureRate") ? 1 : 1e-9);
        double plotWidth = WIDTH - 2 * SIDE;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        int n = Math.max(1, weeks.size() - 1);
        StringBuilder line = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        int every = Math.max(1, weeks.size() / 5);
        for (int i = 0; i < weeks.size(); i++) {
            double x = SIDE + plotWidth * i / n;
            Double v = value.apply(weeks.get(i));
            if (v != null) {
                double y = TOP + plotHeight * (1 - v / top);
                line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                dots.add(new Dot(Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0));
            }
            if (i % every == 0) {
                ticks.add(new Tick(x, weeks.get(i).start().atZone(ZoneOffset.UTC).toLocalDate().toString().substring(5)));
            }
        }
        String max = metric.equals("failureRate") ? Math.round(top * 100) + " %"
                : String.format(Locale.ROOT, "%.1f", top);
        return new TrendChart(metric, WIDTH, HEIGHT, line.toString().strip(), dots, ticks, TOP + plotHeight, SIDE,
                WIDTH - SIDE, max);
    }
}
