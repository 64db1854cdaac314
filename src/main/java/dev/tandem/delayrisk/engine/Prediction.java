package dev.tandem.delayrisk.engine;

import java.util.Comparator;
import java.util.List;

/** The probability that an item finishes late and every feature's contribution to it. */
public record Prediction(double probability, List<Factor> factors) {

    /** The factors that pushed the risk up, largest first, at most {@code n}. */
    public List<Factor> topReasons(int n) {
        return factors.stream().filter(f -> f.contribution() > 1e-9)
                .sorted(Comparator.comparingDouble(Factor::contribution).reversed()).limit(n).toList();
    }
}
