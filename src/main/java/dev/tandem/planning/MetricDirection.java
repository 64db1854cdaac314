package dev.tandem.planning;

public enum MetricDirection {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
