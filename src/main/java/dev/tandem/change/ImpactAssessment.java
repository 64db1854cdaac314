package dev.tandem.change;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The impact assessment form (变更影响评估表), computed when a change request is submitted and stored with it, so
 * the decision can be judged later against what was known then.
 */
public record ImpactAssessment(LocalDate finishBefore, LocalDate finishAfter, int slipWorkingDays,
                               List<MilestoneImpact> milestones, List<String> newlyCritical, BigDecimal effortDeltaHours,
                               BigDecimal costDelta, String currency, boolean rateCardComplete,
                               List<OverCapacity> overCapacity, Quality quality, List<String> affectedItems) {

    public record MilestoneImpact(String key, String title, LocalDate baseline, LocalDate before, LocalDate after,
                                  int slipWorkingDays) {
    }

    /** {@code displayName} is null in impacts assessed before it was kept; pages then show the username. */
    public record OverCapacity(String username, String week, BigDecimal plannedHours, BigDecimal availableHours,
                               String displayName) {
    }

    /** The submitter's 1–5 rating with rationale, and what Tandem knows: open bugs under the touched items. */
    public record Quality(Integer rating, String rationale, List<String> openBugs) {
    }
}
