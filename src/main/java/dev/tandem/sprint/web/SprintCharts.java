package dev.tandem.sprint.web;

import dev.tandem.sprint.Burndown;
import dev.tandem.sprint.Velocity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The geometry of the sprint charts, computed here so that the templates only copy numbers into SVG attributes
 * (the content security policy allows no inline style or script).
 */
final class SprintCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;
    private static final int PLOT_W = WIDTH - LEFT - RIGHT;
    private static final int PLOT_H = HEIGHT - TOP - BOTTOM;

    private SprintCharts() {
    }

    /** {@code empty}: nothing has happened yet that the chart would show. */
    record Chart(int width, int height, List<Line> lines, List<Bar> bars, List<Dot> dots, List<Label> labels,
                 boolean empty) {
        public String viewBox() {
            return "0 0 " + width + " " + height;
        }
    }

    record Line(String css, String points) {
    }

    record Bar(String css, String x, String y, String width, String height) {
    }

    /** A marker for a series of one point, which a polyline would not draw. */
    record Dot(String css, String x, String y) {
    }

    record Label(String css, String x, String y, String anchor, String text) {
    }

    static Chart burndown(Burndown b) {
        return lines(b, List.of(new Series("ideal", Burndown.Day::ideal), new Series("remaining", Burndown.Day::remaining)),
                b.committed());
    }

    static Chart burnup(Burndown b) {
        return lines(b, List.of(new Series("scope", Burndown.Day::scope), new Series("completed", Burndown.Day::completed)),
                b.committed());
    }

    private record Series(String css, Function<Burndown.Day, BigDecimal> value) {
    }

    private static Chart lines(Burndown b, List<Series> series, BigDecimal floor) {
        List<Burndown.Day> days = b.days();
        double max = Math.max(1, floor == null ? 0 : floor.doubleValue());
        for (Burndown.Day d : days) {
            for (Series s : series) {
                BigDecimal v = s.value().apply(d);
                if (v != null) {
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        List<Line> lines = new ArrayList<>(axes());
        List<Dot> dots = new ArrayList<>();
        int actuals = 0;
        for (Series s : series) {
            List<String[]> points = new ArrayList<>();
            for (int i = 0; i < days.size(); i++) {
                BigDecimal v = s.value().apply(days.get(i));
                if (v != null) {
                    points.add(new String[] {num(x(i, days.size())), num(y(v.doubleValue(), max))});
                }
            }
            lines.add(new Line(s.css(), String.join(" ", points.stream().map(p -> p[0] + "," + p[1]).toList())));
            if (points.size() == 1) {
                dots.add(new Dot(s.css(), points.getFirst()[0], points.getFirst()[1]));
            }
            actuals = points.size();
        }
        List<Label> labels = new ArrayList<>(yLabels(max));
        int step = Math.max(1, (int) Math.ceil(days.size() / 8.0));
        for (int i = 0; i < days.size(); i += step) {
            labels.add(new Label("tick", num(x(i, days.size())), num(TOP + PLOT_H + 18), "middle",
                    days.get(i).date().toString().substring(5)));
        }
        // the last series holds the actuals: remaining or completed work
        return new Chart(WIDTH, HEIGHT, lines, List.of(), dots, labels, actuals == 0);
    }

    static Chart velocity(Velocity v) {
        List<Velocity.Entry> sprints = v.sprints();
        double max = 1;
        for (Velocity.Entry e : sprints) {
            max = Math.max(max, value(e.committed()));
            max = Math.max(max, value(e.completed()));
        }
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>(yLabels(max));
        double group = sprints.isEmpty() ? PLOT_W : (double) PLOT_W / sprints.size();
        double barWidth = Math.min(40, group * 0.35);
        for (int i = 0; i < sprints.size(); i++) {
            Velocity.Entry e = sprints.get(i);
            double centre = LEFT + group * i + group / 2;
            bars.add(bar("committed", centre - barWidth, value(e.committed()), barWidth, max));
            bars.add(bar("completed", centre, value(e.completed()), barWidth, max));
            String name = e.name().length() > 14 ? e.name().substring(0, 13) + "…" : e.name();
            labels.add(new Label("tick", num(centre), num(TOP + PLOT_H + 18), "middle", name));
        }
        return new Chart(WIDTH, HEIGHT, axes(), bars, List.of(), labels, sprints.isEmpty());
    }

    private static Bar bar(String css, double x, double value, double width, double max) {
        double top = y(value, max);
        return new Bar(css, num(x), num(top), num(width), num(TOP + PLOT_H - top));
    }

    private static List<Line> axes() {
        return List.of(new Line("axis", LEFT + "," + TOP + " " + LEFT + "," + (TOP + PLOT_H) + " "
                + (LEFT + PLOT_W) + "," + (TOP + PLOT_H)));
    }

    private static List<Label> yLabels(double max) {
        return List.of(new Label("tick", num(LEFT - 6), num(TOP + 4), "end", num(max)),
                new Label("tick", num(LEFT - 6), num(TOP + PLOT_H + 4), "end", "0"));
    }

    private static double value(BigDecimal v) {
        return v == null ? 0 : v.doubleValue();
    }

    private static double x(int i, int n) {
        return n <= 1 ? LEFT + PLOT_W / 2.0 : LEFT + (double) i * PLOT_W / (n - 1);
    }

    private static double y(double v, double max) {
        return TOP + PLOT_H - v / max * PLOT_H;
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
