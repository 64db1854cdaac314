package dev.tandem.register;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** A project's risk threshold (score) and schedule buffer (working days); one row per project, made on first use. */
@Entity
@Table(name = "planning_settings")
class RegisterSetting {

    static final int DEFAULT_RISK_THRESHOLD = 12;

    @Id
    private Long projectId;
    private int riskThreshold = DEFAULT_RISK_THRESHOLD;
    private BigDecimal bufferDays = BigDecimal.ZERO;
    @Version
    private long version;

    protected RegisterSetting() {
    }

    RegisterSetting(long projectId) {
        this.projectId = projectId;
    }

    int riskThreshold() { return riskThreshold; }
    BigDecimal bufferDays() { return bufferDays; }
    long version() { return version; }

    void setRiskThreshold(int riskThreshold) { this.riskThreshold = riskThreshold; }
    void setBufferDays(BigDecimal bufferDays) { this.bufferDays = bufferDays; }
}
