package dev.tandem.workitem.internal;

import dev.tandem.workitem.StatusCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The engineering track's board: one column per workflow status, cards in rank order. */
public record BoardView(String project, boolean wipHardLimit, long version, List<Column> columns) {

    public record Column(String status, StatusCategory category, Integer wipLimit, int count, boolean overLimit,
                         List<Card> cards) {
    }

    public record Card(String key, String title, String type, String priority, String assignee, String assigneeName,
                       BigDecimal storyPoints, BigDecimal estimateHours, boolean blocked, String blockedReason,
                       Instant blockedSince, Set<String> labels, String parent, String rank, long version) {
    }
}
