package dev.tandem.reporting;

import java.util.List;

/** Risks worth the weekly sync's attention, supplied by the module that keeps the risk register. */
public interface RiskSource {

    /** Open risks of the project whose score is above the project's threshold, highest first. */
    List<Risk> risksAboveThreshold(long projectId);

    record Risk(String title, int score, String owner, String status) {
    }
}
