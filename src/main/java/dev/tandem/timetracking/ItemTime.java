package dev.tandem.timetracking;

import java.math.BigDecimal;

/**
 * An item's time as a board card's "Log time" dialog shows it: the hours logged on it by everyone, whether the reader
 * may log hours on it and is its assignee (who keeps its remaining estimate), and the item's version for that estimate.
 */
public record ItemTime(String item, String title, BigDecimal logged, boolean mayLog, boolean assignee,
                       BigDecimal remainingHours, long itemVersion) {
}
