package dev.tandem.register;

public enum RiskCategory {
    TECHNICAL, SCHEDULE, COST, RESOURCE, EXTERNAL
}
