package dev.tandem.workitem.web;

import dev.tandem.workitem.internal.BoardView;
import dev.tandem.workitem.Priority;
import dev.tandem.workitem.WorkItemType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The board as the page draws it: the same columns in every swimlane, each lane holding the cards of one epic,
 * assignee or priority in rank order. Grouping is presentation only; the board itself has no lanes.
 */
record BoardLayout(BoardView board, String lanesBy, List<Lane> lanes, List<String> labels, List<String> types) {

    static final List<String> LANE_KINDS = List.of("none", "epic", "assignee", "priority");

    /**
     * One swimlane. {@code titleKey} names a message for lanes without a natural title ("no epic", "unassigned");
     * {@code key} is the epic's item key for epic lanes.
     */
    record Lane(String id, String key, String title, String titleKey, int count, List<Cell> cells) {
    }

    record Cell(String status, List<CardView> cards) {
    }

    /** A card with what the page shows beside the board's own data; the page's script marks cards at risk. */
    record CardView(BoardView.Card card, String points, String hours,
                    List<String> labels, String labelsText) {
    }

    static String lanesBy(String requested) {
        return requested != null && LANE_KINDS.contains(requested) ? requested : "none";
    }

    static BoardLayout of(BoardView board, String requested) {
        String lanesBy = lanesBy(requested);
        Map<String, BoardView.Card> byKey = new HashMap<>();
        Set<String> parents = new HashSet<>();
        Set<String> labels = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<String> types = new HashSet<>();
        for (BoardView.Column column : board.columns()) {
            for (BoardView.Card card : column.cards()) {
                byKey.put(card.key(), card);
                if (card.parent() != null) {
                    parents.add(card.parent());
                }
                labels.addAll(card.labels());
                types.add(card.type());
            }
        }
        Map<String, LaneHead> heads = new LinkedHashMap<>();
        Map<String, Map<String, List<CardView>>> cells = new HashMap<>();
        for (BoardView.Column column : board.columns()) {
            for (BoardView.Card card : column.cards()) {
                LaneHead head = head(lanesBy, card, byKey, parents);
                heads.putIfAbsent(head.id(), head);
                cells.computeIfAbsent(head.id(), id -> new HashMap<>())
                        .computeIfAbsent(column.status(), s -> new ArrayList<>()).add(view(card));
            }
        }
        List<LaneHead> ordered = new ArrayList<>(heads.values());
        ordered.sort(Comparator.comparingInt(LaneHead::group).thenComparing(LaneHead::order));
        if (ordered.isEmpty()) {
            ordered.add(new LaneHead("all", null, null, null, 0, ""));
        }
        List<Lane> lanes = ordered.stream().map(head -> {
            Map<String, List<CardView>> byStatus = cells.getOrDefault(head.id(), Map.of());
            List<Cell> row = board.columns().stream()
                    .map(c -> new Cell(c.status(), byStatus.getOrDefault(c.status(), List.of()))).toList();
            int count = row.stream().mapToInt(c -> c.cards().size()).sum();
            return new Lane(head.id(), head.key(), head.title(), head.titleKey(), count, row);
        }).toList();
        List<String> typeOrder = Stream.of(WorkItemType.values())
                .map(WorkItemType::code).filter(types::contains).toList();
        return new BoardLayout(board, lanesBy, lanes, List.copyOf(labels), typeOrder);
    }

    /** A lane's identity and sort position: {@code group} puts the catch-all lane last. */
    private record LaneHead(String id, String key, String title, String titleKey, int group, String order) {
    }

    private static LaneHead head(String lanesBy, BoardView.Card card, Map<String, BoardView.Card> byKey,
                                 Set<String> parents) {
        return switch (lanesBy) {
            case "epic" -> {
                BoardView.Card top = card;
                Set<String> seen = new HashSet<>();
                while (top.parent() != null && byKey.containsKey(top.parent()) && seen.add(top.key())) {
                    top = byKey.get(top.parent());
                }
                if (top == card && !parents.contains(card.key())) {
                    yield new LaneHead("epic:", null, null, "board.lane.noEpic", 1, "");
                }
                yield new LaneHead("epic:" + top.key(), top.key(), top.title(), null, 0, top.rank());
            }
            case "assignee" -> card.assignee() == null
                    ? new LaneHead("assignee:", null, null, "board.lane.unassigned", 1, "")
                    : new LaneHead("assignee:" + card.assignee(), null, card.assigneeName(), null, 0,
                            card.assigneeName().toLowerCase(Locale.ROOT));
            case "priority" -> {
                int position = Priority.values().length - Priority.valueOf(card.priority().toUpperCase(Locale.ROOT)).ordinal();
                yield new LaneHead("priority:" + card.priority(), null, null, "priority." + card.priority(), 0,
                        String.format("%02d", position));
            }
            default -> new LaneHead("all", null, null, null, 0, "");
        };
    }

    private static CardView view(BoardView.Card card) {
        List<String> labels = card.labels().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        return new CardView(card, plain(card.storyPoints()), card.storyPoints() == null ? plain(card.estimateHours()) : null,
                labels, String.join("\n", labels));
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
