package dev.tandem.forecast.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Durations learned from finished work: the ratio of actual to planned working days of each finished item, resampled.
 * An item type with at least {@link #MINIMUM_HISTORY} finished items uses its own ratios, else the project's ratios
 * if the project has that many, else the default spread: triangular on (0.8, 1.0, 1.5) × the planned duration.
 */
public final class LearnedRatios {

    public static final int MINIMUM_HISTORY = 20;
    static final double DEFAULT_LOW = 0.8;
    static final double DEFAULT_MODE = 1.0;
    static final double DEFAULT_HIGH = 1.5;

    /** One finished item: its type and its planned and actual working days. */
    public record Finished(String type, int plannedDays, int actualDays) {
    }

    /** Which history a duration is learned from. */
    public enum Basis {
        ITEM_TYPE, PROJECT, DEFAULT_SPREAD
    }

    private final Map<String, double[]> byType;
    private final double[] all;

    private LearnedRatios(Map<String, double[]> byType, double[] all) {
        this.byType = byType;
        this.all = all;
    }

    public static LearnedRatios of(List<Finished> history) {
        Map<String, List<Double>> grouped = new HashMap<>();
        double[] all = new double[history.size()];
        for (int i = 0; i < history.size(); i++) {
            Finished f = history.get(i);
            all[i] = (double) f.actualDays() / Math.max(1, f.plannedDays());
            grouped.computeIfAbsent(f.type(), t -> new java.util.ArrayList<>()).add(all[i]);
        }
        Map<String, double[]> byType = new HashMap<>();
        grouped.forEach((type, ratios) -> byType.put(type, ratios.stream().mapToDouble(Double::doubleValue).toArray()));
        return new LearnedRatios(byType, all);
    }

    public Basis basis(String type) {
        if (byType.getOrDefault(type, new double[0]).length >= MINIMUM_HISTORY) {
            return Basis.ITEM_TYPE;
        }
        return all.length >= MINIMUM_HISTORY ? Basis.PROJECT : Basis.DEFAULT_SPREAD;
    }

    /** How many finished items the project's history holds. */
    public int size() {
        return all.length;
    }

    /** An item of {@code type} scheduled for {@code days} working days, plus {@code extraDays} of leave. */
    public DurationDistribution distribution(String type, int days, int extraDays) {
        double[] ratios = switch (basis(type)) {
            case ITEM_TYPE -> byType.get(type);
            case PROJECT -> all;
            case DEFAULT_SPREAD -> null;
        };
        if (ratios == null) {
            return DurationDistribution.triangular(DEFAULT_LOW, DEFAULT_MODE, DEFAULT_HIGH, days, extraDays);
        }
        int[] draws = new int[ratios.length];
        for (int i = 0; i < ratios.length; i++) {
            draws[i] = Math.max(1, (int) Math.ceil(days * ratios[i] - 1e-9)) + extraDays;
        }
        return DurationDistribution.resampled(draws);
    }
}
