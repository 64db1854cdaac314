package dev.tandem.quality;

/** A small class that {@link RealReports} instruments with JaCoCo and runs, for a real coverage report. */
public class CoverageSample {

    public static String size(int n) {
        if (n > 5) {
            return "big";
        }
        return "small";
    }

    public static int neverCalled(int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += i;
        }
        return sum;
    }
}
