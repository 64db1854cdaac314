package dev.tandem.register;

/** Where a risk stands; closed risks leave the heat map and the sync report. */
public enum RiskStatus {
    OPEN, MITIGATING, CLOSED, OCCURRED
}
