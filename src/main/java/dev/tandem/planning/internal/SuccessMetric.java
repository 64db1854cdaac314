package dev.tandem.planning.internal;

import dev.tandem.planning.MetricDirection;
import dev.tandem.planning.MetricSource;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;

/** A quantified success metric of the charter; its actual is entered or computed, see {@link MetricSource}. */
@Entity
@Table(name = "success_metric")
public class SuccessMetric {

    public static final int DEFAULT_WINDOW_WEEKS = 4;

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

    public SuccessMetric(long projectId, Instant now) {
        this.projectId = projectId;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public Long projectId() { return projectId; }
    public String name() { return name; }
    public String unit() { return unit; }
    public MetricDirection direction() { return direction; }
    public BigDecimal baselineValue() { return baselineValue; }
    public BigDecimal targetValue() { return targetValue; }
    public BigDecimal actualValue() { return actualValue; }
    public MetricSource source() { return source; }
    public int windowWeeks() { return windowWeeks; }
    public long version() { return version; }

    public void setName(String name) { this.name = name; }
    public void setUnit(String unit) { this.unit = unit; }
    public void setDirection(MetricDirection direction) { this.direction = direction; }
    public void setBaselineValue(BigDecimal baselineValue) { this.baselineValue = baselineValue; }
    public void setTargetValue(BigDecimal targetValue) { this.targetValue = targetValue; }
    public void setActualValue(BigDecimal actualValue) { this.actualValue = actualValue; }
    public void setSource(MetricSource source) { this.source = source; }
    public void setWindowWeeks(int windowWeeks) { this.windowWeeks = windowWeeks; }
}
