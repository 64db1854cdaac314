package dev.tandem.planning;

import java.math.BigDecimal;
import java.util.List;

/** A success metric with its actual value (entered or computed) and whether that misses the target. */
public record MetricView(long id, String name, String unit, MetricDirection direction, BigDecimal baseline,
                         BigDecimal target, BigDecimal actual, MetricSource source, int windowWeeks, boolean offTarget,
                         List<SurveyView> surveys, long version) {
}
