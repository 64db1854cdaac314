package dev.tandem.register;

/** The four ratings of a scorecard, each 1–5 with its rationale. A higher risk rating means more risk. */
public record ScoreFields(Integer feasibility, String feasibilityRationale, Integer scalability,
                          String scalabilityRationale, Integer maintainability, String maintainabilityRationale,
                          Integer risk, String riskRationale) {

    /** This scoring with the other's values wherever this one has none: a re-scoring that changes a few ratings. */
    ScoreFields over(ScoreFields previous) {
        return new ScoreFields(feasibility != null ? feasibility : previous.feasibility,
                feasibilityRationale != null ? feasibilityRationale : previous.feasibilityRationale,
                scalability != null ? scalability : previous.scalability,
                scalabilityRationale != null ? scalabilityRationale : previous.scalabilityRationale,
                maintainability != null ? maintainability : previous.maintainability,
                maintainabilityRationale != null ? maintainabilityRationale : previous.maintainabilityRationale,
                risk != null ? risk : previous.risk, riskRationale != null ? riskRationale : previous.riskRationale);
    }
}
