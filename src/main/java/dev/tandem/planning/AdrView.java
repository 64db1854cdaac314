package dev.tandem.planning;

import java.time.Instant;

public record AdrView(int number, String label, String title, String context, String decision, String consequences,
                      AdrStatus status, Integer supersededBy, long version, String createdBy, Instant createdAt) {
}
