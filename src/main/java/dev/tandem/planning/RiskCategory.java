package dev.tandem.planning;

public enum RiskCategory {
    TECHNICAL, SCHEDULE, COST, RESOURCE, EXTERNAL
}
