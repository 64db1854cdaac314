package dev.tandem.planning;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;

/** A quantified success metric of the charter; its actual is entered or computed, see {@link MetricSource}. */
@Entity
@Table(name = "success_metric")
class SuccessMetric {

    static final int DEFAULT_WINDOW_WEEKS = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private String name;
    private String unit;
    @Enumerated(EnumType.STRING)
    private MetricDirection direction;
    private BigDecimal baselineValue;
    private BigDecimal targetValue;
    private BigDecimal actualValue;
    @Enumerated(EnumType.STRING)
    private MetricSource source = MetricSource.MANUAL;
    private int windowWeeks = DEFAULT_WINDOW_WEEKS;
    @Version
    private long version;
    private Instant createdAt;

    protected SuccessMetric() {
    }

    SuccessMetric(long projectId, Instant now) {
        this.projectId = projectId;
        this.createdAt = now;
    }

    Long id() { return id; }
    Long projectId() { return projectId; }
    String name() { return name; }
    String unit() { return unit; }
    MetricDirection direction() { return direction; }
    BigDecimal baselineValue() { return baselineValue; }
    BigDecimal targetValue() { return targetValue; }
    BigDecimal actualValue() { return actualValue; }
    MetricSource source() { return source; }
    int windowWeeks() { return windowWeeks; }
    long version() { return version; }

    void setName(String name) { this.name = name; }
    void setUnit(String unit) { this.unit = unit; }
    void setDirection(MetricDirection direction) { this.direction = direction; }
    void setBaselineValue(BigDecimal baselineValue) { this.baselineValue = baselineValue; }
    void setTargetValue(BigDecimal targetValue) { this.targetValue = targetValue; }
    void setActualValue(BigDecimal actualValue) { this.actualValue = actualValue; }
    void setSource(MetricSource source) { this.source = source; }
    void setWindowWeeks(int windowWeeks) { this.windowWeeks = windowWeeks; }
}
