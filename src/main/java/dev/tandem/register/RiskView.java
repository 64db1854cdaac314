package dev.tandem.register;

import java.time.Instant;
import java.util.Set;

/** A risk as the surfaces show it; {@code score} is probability × impact, {@code aboveThreshold} compares it. */
public record RiskView(int number, String label, String title, RiskCategory category, int probability, int impact,
                       int score, String owner, String ownerName, String mitigation, String contingency,
                       String trigger, RiskStatus status, Set<String> items, boolean aboveThreshold, long version,
                       Instant createdAt, Instant updatedAt) {
}
