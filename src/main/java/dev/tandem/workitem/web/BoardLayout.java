package dev.tandem.workitem.web;

import dev.tandem.workitem.internal.BoardView;
import dev.tandem.workitem.Priority;
import dev.tandem.workitem.StatusCategory;
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
 * <p>
 * A cell draws only its first cards ({@link #FIRST_CARDS}, {@link #FIRST_DONE_CARDS} in a done column) unless the
 * page asks for more of it ({@link Shown}) or for every card (while a quick filter is on): a board of thousands of
 * cards would otherwise be megabytes of HTML that nobody scrolls through. Counts are always of every card.
 */
record BoardLayout(BoardView board, String lanesBy, List<Lane> lanes, List<String> labels, List<String> types) {

    static final List<String> LANE_KINDS = List.of("none", "epic", "assignee", "priority");
    /** Cards a cell shows at first, and how many more each "show more" adds. */
    static final int FIRST_CARDS = 30;
    static final int FIRST_DONE_CARDS = 10;
    static final int MORE_CARDS = 50;

    /**
     * How many cards the page asks to see in some cells, keyed by {@link #cellId}; {@code all} shows every card of
     * every cell.
     */
    record Shown(Map<String, Integer> counts, boolean all) {

        static final Shown FIRST = new Shown(Map.of(), false);
        static final Shown ALL = new Shown(Map.of(), true);

        /**
         * From the page's parallel lists of lanes, statuses and counts; entries that do not line up or are not
         * numbers are ignored (the cell then shows its first cards).
         */
        static Shown of(List<String> lanes, List<String> statuses, List<String> counts, boolean all) {
            Map<String, Integer> shown = new HashMap<>();
            if (lanes != null && statuses != null && counts != null) {
                for (int i = 0; i < Math.min(lanes.size(), Math.min(statuses.size(), counts.size())) && i < 200; i++) {
                    try {
                        shown.put(cellId(lanes.get(i), statuses.get(i)), Integer.parseInt(counts.get(i).strip()));
                    } catch (NumberFormatException ignored) {
                        // a count the page did not write: the first cards
                    }
                }
            }
            return new Shown(shown, all);
        }

        int limit(String lane, BoardView.Column column) {
            if (all) {
                return Integer.MAX_VALUE;
            }
            int first = column.category() == StatusCategory.DONE ? FIRST_DONE_CARDS : FIRST_CARDS;
            return Math.max(first, counts.getOrDefault(cellId(lane, column.status()), 0));
        }
    }

    static String cellId(String lane, String status) {
        return lane + "\n" + status;
    }

    /**
     * One swimlane. {@code titleKey} names a message for lanes without a natural title ("no epic", "unassigned");
     * {@code key} is the epic's item key for epic lanes.
     */
    record Lane(String id, String key, String title, String titleKey, int count, List<Cell> cells) {
    }

    /**
     * One column of a lane: the cards it shows and how many it has in all; {@code lastKey} and {@code nextKey} are
     * the last shown and the first hidden card, for a card dropped at the end of what is shown.
     */
    record Cell(String status, List<CardView> cards, int total, String nextKey) {

        public int hidden() {
            return total - cards.size();
        }

        /** How many cards the cell shows after one more "show more". */
        public int next() {
            return cards.size() + Math.min(MORE_CARDS, hidden());
        }

        public String lastKey() {
            return cards.isEmpty() ? null : cards.getLast().card().key();
        }
    }

    /** A card with what the page shows beside the board's own data; the page's script marks cards at risk. */
    record CardView(BoardView.Card card, String points, String hours,
                    List<String> labels, String labelsText) {
    }

    static String lanesBy(String requested) {
        return requested != null && LANE_KINDS.contains(requested) ? requested : "none";
    }

    static BoardLayout of(BoardView board, String requested) {
        return of(board, requested, Shown.ALL);
    }

    static BoardLayout of(BoardView board, String requested, Shown shown) {
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
        Map<String, Map<String, List<BoardView.Card>>> cells = new HashMap<>();
        for (BoardView.Column column : board.columns()) {
            for (BoardView.Card card : column.cards()) {
                LaneHead head = head(lanesBy, card, byKey, parents);
                heads.putIfAbsent(head.id(), head);
                cells.computeIfAbsent(head.id(), id -> new HashMap<>())
                        .computeIfAbsent(column.status(), s -> new ArrayList<>()).add(card);
            }
        }
        List<LaneHead> ordered = new ArrayList<>(heads.values());
        ordered.sort(Comparator.comparingInt(LaneHead::group).thenComparing(LaneHead::order));
        if (ordered.isEmpty()) {
            ordered.add(new LaneHead("all", null, null, null, 0, ""));
        }
        List<Lane> lanes = ordered.stream().map(head -> {
            Map<String, List<BoardView.Card>> byStatus = cells.getOrDefault(head.id(), Map.of());
            List<Cell> row = board.columns().stream().map(c -> {
                List<BoardView.Card> all = byStatus.getOrDefault(c.status(), List.of());
                List<CardView> drawn = all.stream().limit(shown.limit(head.id(), c)).map(BoardLayout::view).toList();
                return new Cell(c.status(), drawn, all.size(),
                        drawn.size() < all.size() ? all.get(drawn.size()).key() : null);
            }).toList();
            int count = row.stream().mapToInt(Cell::total).sum();
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
