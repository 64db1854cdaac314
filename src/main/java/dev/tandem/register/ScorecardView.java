package dev.tandem.register;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One scoring of a feature or epic. {@code overall} = (feasibility + scalability + maintainability + (6 − risk)) ÷ 4,
 * rounded to two decimals: the mean of the four ratings with risk inverted, so higher is better throughout.
 */
public record ScorecardView(long id, String projectKey, String item, String itemTitle, String itemType,
                            int feasibility, String feasibilityRationale, int scalability, String scalabilityRationale,
                            int maintainability, String maintainabilityRationale, int risk, String riskRationale,
                            BigDecimal overall, String scorer, Instant scoredAt, int scorings) {
}
