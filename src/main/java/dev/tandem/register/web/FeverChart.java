package dev.tandem.register.web;

import dev.tandem.register.BufferStatus;

/**
 * The geometry of the fever chart SVG: a 200 × 200 plot (x = chain completed %, y = buffer consumed %, both 0–100,
 * consumption capped at 100 for drawing) with the green / yellow / red zone polygons of {@link BufferStatus}.
 */
record FeverChart(boolean shown, String green, String yellow, String red, double x, double y) {

    private static final int SIZE = 200;

    static FeverChart of(BufferStatus buffer) {
        // boundaries: consumed = 0.7 × completed + 10 (green/yellow) and + 30 (yellow/red), in chart coordinates
        String green = points(0, 0, 100, 0, 100, 80, 0, 10);
        String yellow = points(0, 10, 100, 80, 100, 100, 0, 30);
        String red = points(0, 30, 100, 100, 0, 100);
        if (buffer.consumedPercent() == null) {
            return new FeverChart(false, green, yellow, red, 0, 0);
        }
        double completed = buffer.chainCompletedPercent().doubleValue();
        double consumed = Math.min(100, buffer.consumedPercent().doubleValue());
        return new FeverChart(true, green, yellow, red, x(completed), y(consumed));
    }

    private static String points(double... xy) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            sb.append(sb.isEmpty() ? "" : " ").append(fmt(x(xy[i]))).append(',').append(fmt(y(xy[i + 1])));
        }
        return sb.toString();
    }

    private static double x(double percent) {
        return percent * SIZE / 100.0;
    }

    private static double y(double percent) {
        return SIZE - percent * SIZE / 100.0;
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
