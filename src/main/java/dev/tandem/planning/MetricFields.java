package dev.tandem.planning;

import java.math.BigDecimal;

/**
 * A success metric's fields. The target must lie on the better side of the baseline; {@code actual} is entered only
 * for manual metrics. In an edit a null field keeps its value.
 */
public record MetricFields(String name, String unit, String direction, BigDecimal baseline, BigDecimal target,
                           BigDecimal actual, String source, Integer windowWeeks) {
}
