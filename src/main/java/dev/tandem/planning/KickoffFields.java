package dev.tandem.planning;

import java.time.LocalDate;
import java.util.List;

/** What the kick-off record holds: when, who (usernames of members), the three agreements, the decisions. */
public record KickoffFields(LocalDate heldOn, List<String> participants, boolean agreedValue,
                            boolean agreedDifficulties, boolean agreedMetrics, String decisions) {
}
