package dev.tandem.delayrisk.web;

import dev.tandem.delayrisk.ModelVersion;
import java.util.List;
import java.util.Locale;

/**
 * A back-test's calibration as SVG geometry: one dot per non-empty bin at (mean predicted, observed share late), its
 * area growing with the items in it, against the diagonal where prediction and outcome agree.
 */
record CalibrationChart(int size, int pad, List<Dot> dots) {

    private static final int SIZE = 240;
    private static final int PAD = 28;

    record Dot(double x, double y, double r, int count, String predicted, String observed) {
    }

    static CalibrationChart of(ModelVersion version) {
        int max = version.calibration().stream().mapToInt(ModelVersion.CalibrationBin::count).max().orElse(1);
        double span = SIZE - 2.0 * PAD;
        List<Dot> dots = version.calibration().stream().filter(b -> b.count() > 0)
                .map(b -> new Dot(PAD + b.meanPredicted() * span, SIZE - PAD - b.observedLate() * span,
                        3 + 7 * Math.sqrt(b.count() / (double) max), b.count(),
                        String.format(Locale.ROOT, "%.2f", b.meanPredicted()), String.format(Locale.ROOT, "%.2f", b.observedLate())))
                .toList();
        return new CalibrationChart(SIZE, PAD, dots);
    }

    public int end() {
        return size - pad;
    }
}
