package dev.tandem.register;

import java.util.List;

/** A project's risks and its threshold; risks at or above the threshold are flagged. */
public record RiskRegister(String projectKey, int threshold, long settingsVersion, List<RiskView> risks,
                           RiskHeatMap heatMap) {
}
