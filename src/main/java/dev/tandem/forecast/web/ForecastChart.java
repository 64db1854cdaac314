package dev.tandem.forecast.web;

import dev.tandem.forecast.MonteCarloForecast;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The spread of simulated finishes as SVG geometry: one bar per finish date (iterations ending that day, on the left
 * scale), the cumulative share as a line (0 to 100 % on the right), and upright lines at P50, P85, P95 and the target.
 */
record ForecastChart(int width, int height, double baseY, double topY, List<Bar> bars, String curve,
                     List<Marker> markers, List<Tick> ticks) {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 280;
    private static final int TOP = 28;
    private static final int BOTTOM = 48;
    private static final int LEFT = 40;
    private static final int RIGHT = 44;
    /** At most this many dates are written under the bars, evenly spaced, so they do not overlap. */
    private static final int MAX_TICKS = 8;

    record Bar(double x, double y, double width, double height, LocalDate finish, int iterations, long percent) {
    }

    /** {@code kind}: p50, p85, p95 or target. */
    record Marker(double x, String kind, LocalDate date) {
    }

    record Tick(double x, LocalDate date) {
    }

    static ForecastChart of(MonteCarloForecast forecast) {
        List<MonteCarloForecast.Bar> data = forecast.histogram();
        int most = data.stream().mapToInt(MonteCarloForecast.Bar::iterations).max().orElse(1);
        double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, data.size());
        double barWidth = Math.max(1, slot * 0.8);
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double baseY = TOP + plotHeight;
        List<Bar> bars = new ArrayList<>();
        StringJoiner curve = new StringJoiner(" ");
        List<Tick> ticks = new ArrayList<>();
        int tickEvery = Math.max(1, (int) Math.ceil(data.size() / (double) MAX_TICKS));
        for (int i = 0; i < data.size(); i++) {
            MonteCarloForecast.Bar bar = data.get(i);
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            double height = plotHeight * bar.iterations() / most;
            bars.add(new Bar(x, baseY - height, barWidth, Math.max(1, height), bar.finish(), bar.iterations(),
                    Math.round(bar.cumulative() * 100)));
            curve.add(round(x + barWidth / 2) + "," + round(baseY - plotHeight * bar.cumulative()));
            if (i % tickEvery == 0 || i == data.size() - 1) {
                ticks.add(new Tick(x + barWidth / 2, bar.finish()));
            }
        }
        List<Marker> markers = new ArrayList<>();
        marker(markers, data, slot, "p50", forecast.finish().p50());
        marker(markers, data, slot, "p85", forecast.finish().p85());
        marker(markers, data, slot, "p95", forecast.finish().p95());
        if (forecast.target() != null) {
            marker(markers, data, slot, "target", forecast.target());
        }
        return new ForecastChart(WIDTH, HEIGHT, baseY, TOP, bars, curve.toString(), markers, ticks);
    }

    /** At the middle of the date's bar, or where the date would fall between the bars. */
    private static void marker(List<Marker> markers, List<MonteCarloForecast.Bar> data, double slot, String kind,
                               LocalDate date) {
        int after = 0;
        while (after < data.size() && !data.get(after).finish().isAfter(date)) {
            after++;
        }
        boolean onBar = after > 0 && data.get(after - 1).finish().equals(date);
        double x = onBar ? LEFT + (after - 0.5) * slot : LEFT + after * slot;
        markers.add(new Marker(round(x), kind, date));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
