package dev.tandem.reporting;

import java.util.List;

/** The items most likely to finish late, for the weekly sync, supplied by the module that predicts delay risk. */
public interface DelayRiskSource {

    /** Open items and milestones at or above the warning probability as of today, riskiest first, a handful at most. */
    List<DelayRisk> topDelayRisks(long projectId);

    record DelayRisk(String key, String title, int percent, List<String> reasons) {
    }
}
