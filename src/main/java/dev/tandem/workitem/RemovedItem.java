package dev.tandem.workitem;

import java.math.BigDecimal;
import java.time.Instant;

/** An item that was deleted, with the estimates it carried then. */
public record RemovedItem(String key, String type, String title, BigDecimal storyPoints, BigDecimal estimateHours,
                          BigDecimal mostLikelyDays, Instant removedAt, String removedBy) {
}
