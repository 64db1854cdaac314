package dev.tandem.planning;

import java.time.Instant;
import java.util.List;

/** The whole charter of a project: its texts (Markdown), milestones, ADRs, difficulties, metrics and sign-offs. */
public record CharterView(String projectKey, String projectName, String vision, String businessValue, String scopeIn,
                          String scopeOut, String architectureSummary, long version, String updatedBy,
                          Instant updatedAt, List<MilestoneRef> milestones, List<AdrView> adrs,
                          List<DifficultyView> difficulties, List<MetricView> metrics, FeasibilityStatus feasibility) {
}
