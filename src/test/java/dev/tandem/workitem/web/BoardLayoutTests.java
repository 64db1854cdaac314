package dev.tandem.workitem.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.workitem.internal.BoardView;
import dev.tandem.workitem.StatusCategory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoardLayoutTests {

    private static BoardView.Card card(String key, String parent, String assignee, String name, String priority,
                                       String rank) {
        return new BoardView.Card(key, "Title " + key, "story", priority, assignee, name, new BigDecimal("3.0"),
                null, false, null, null, Set.of("b", "A"), parent, rank, 0);
    }

    private static BoardView board() {
        var todo = new BoardView.Column("To do", StatusCategory.TODO, null, 3, false, List.of(
                card("P-1", null, null, null, "high", "a"),
                card("P-3", "P-2", "li", "Li Wei 李伟", "low", "c"),
                card("P-4", null, "zhang", "张敏", "high", "d")));
        var doing = new BoardView.Column("In progress", StatusCategory.IN_PROGRESS, 2, 2, false, List.of(
                card("P-2", "P-5", "li", "Li Wei 李伟", "medium", "b"),
                card("P-5", null, null, null, "highest", "e")));
        return new BoardView("P", false, 0, List.of(todo, doing));
    }

    @Test
    void epicLanesGroupCardsUnderTheirTopLevelAncestorAndPutLooseCardsLast() {
        var layout = BoardLayout.of(board(), "epic");

        assertThat(layout.lanes()).extracting(BoardLayout.Lane::id).containsExactly("epic:P-5", "epic:");
        var epic = layout.lanes().getFirst();
        assertThat(epic.count()).isEqualTo(3);
        assertThat(epic.cells()).extracting(BoardLayout.Cell::status).containsExactly("To do", "In progress");
        assertThat(epic.cells().get(0).cards()).extracting(c -> c.card().key()).containsExactly("P-3");
        assertThat(epic.cells().get(1).cards()).extracting(c -> c.card().key()).containsExactly("P-2", "P-5");
        assertThat(layout.lanes().get(1).titleKey()).isEqualTo("board.lane.noEpic");
    }

    @Test
    void assigneeLanesAreSortedByNameWithTheUnassignedLast() {
        var layout = BoardLayout.of(board(), "assignee");

        assertThat(layout.lanes()).extracting(BoardLayout.Lane::id)
                .containsExactly("assignee:li", "assignee:zhang", "assignee:");
    }

    @Test
    void priorityLanesRunFromHighestToLowest() {
        var layout = BoardLayout.of(board(), "priority");

        assertThat(layout.lanes()).extracting(BoardLayout.Lane::id).containsExactly("priority:highest",
                "priority:high", "priority:medium", "priority:low");
    }

    @Test
    void anUnknownChoiceMeansOneLaneWithEveryCard() {
        var layout = BoardLayout.of(board(), "nonsense");

        assertThat(layout.lanesBy()).isEqualTo("none");
        assertThat(layout.lanes()).singleElement().satisfies(lane -> assertThat(lane.count()).isEqualTo(5));
    }

    @Test
    void cardsShowPlainEstimatesSortedLabelsAndInitials() {
        var card = BoardLayout.of(board(), "none").lanes().getFirst().cells().getFirst().cards().get(1);

        assertThat(card.points()).isEqualTo("3");
        assertThat(card.hours()).isNull();
        assertThat(card.labels()).containsExactly("A", "b");
    }

    private static BoardView longBoard(int todo, int done) {
        var open = new BoardView.Column("To do", StatusCategory.TODO, null, todo, false,
                java.util.stream.IntStream.rangeClosed(1, todo)
                        .mapToObj(i -> card("T-" + i, null, null, null, "medium", String.format("a%04d", i))).toList());
        var finished = new BoardView.Column("Done", StatusCategory.DONE, null, done, false,
                java.util.stream.IntStream.rangeClosed(1, done)
                        .mapToObj(i -> card("D-" + i, null, null, null, "medium", String.format("b%04d", i))).toList());
        return new BoardView("P", false, 0, List.of(open, finished));
    }

    @Test
    void longCellsShowTheirFirstCardsInRankOrderWhileCountsStayWhole() {
        var lane = BoardLayout.of(longBoard(75, 40), "none", BoardLayout.Shown.FIRST).lanes().getFirst();

        var todo = lane.cells().get(0);
        assertThat(todo.cards()).hasSize(BoardLayout.FIRST_CARDS);
        assertThat(todo.cards().getFirst().card().key()).isEqualTo("T-1");
        assertThat(todo.total()).isEqualTo(75);
        assertThat(todo.hidden()).isEqualTo(45);
        assertThat(todo.lastKey()).isEqualTo("T-30");
        assertThat(todo.nextKey()).isEqualTo("T-31");
        assertThat(todo.next()).isEqualTo(75);
        var done = lane.cells().get(1);
        assertThat(done.cards()).hasSize(BoardLayout.FIRST_DONE_CARDS);
        assertThat(done.hidden()).isEqualTo(30);
        assertThat(done.next()).isEqualTo(40);
        assertThat(lane.count()).isEqualTo(115);
    }

    @Test
    void thePageMayAskForMoreOfOneCellOrForEveryCard() {
        var more = BoardLayout.Shown.of(List.of("all"), List.of("Done"), List.of("25"), false);
        var lane = BoardLayout.of(longBoard(75, 40), "none", more).lanes().getFirst();
        assertThat(lane.cells().get(0).cards()).hasSize(BoardLayout.FIRST_CARDS);
        assertThat(lane.cells().get(1).cards()).hasSize(25);
        assertThat(lane.cells().get(1).nextKey()).isEqualTo("D-26");

        var everything = BoardLayout.of(longBoard(75, 40), "none", BoardLayout.Shown.ALL).lanes().getFirst();
        assertThat(everything.cells()).allSatisfy(cell -> assertThat(cell.hidden()).isZero());
        assertThat(everything.cells().get(0).nextKey()).isNull();
    }

    @Test
    void countsThePageDidNotWriteMeanTheFirstCards() {
        var shown = BoardLayout.Shown.of(List.of("all", "all"), List.of("To do"), List.of("many", "3"), false);
        var lane = BoardLayout.of(longBoard(75, 40), "none", shown).lanes().getFirst();
        assertThat(lane.cells().get(0).cards()).hasSize(BoardLayout.FIRST_CARDS);
    }
}
