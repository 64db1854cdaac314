package dev.tandem.register.internal;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** A project's risk threshold (score) and schedule buffer (working days); one row per project, made on first use. */
@Entity
@Table(name = "planning_settings")
public class RegisterSetting {

    public static final int DEFAULT_RISK_THRESHOLD = 12;

    @Id
    private Long projectId;
    private int riskThreshold = DEFAULT_RISK_THRESHOLD;
    private BigDecimal bufferDays = BigDecimal.ZERO;
    @Version
    private long version;

    protected RegisterSetting() {
    }

    public RegisterSetting(long projectId) {
        this.projectId = projectId;
    }

    public int riskThreshold() { return riskThreshold; }
    public BigDecimal bufferDays() { return bufferDays; }
    public long version() { return version; }

    public void setRiskThreshold(int riskThreshold) { this.riskThreshold = riskThreshold; }
    public void setBufferDays(BigDecimal bufferDays) { this.bufferDays = bufferDays; }
}
