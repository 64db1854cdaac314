package dev.tandem.knowledge.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.knowledge.engine.PageTree.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page tree: reading order, ancestors, moves and the refusal of cycles. */
class PageTreeTests {

    // 1 Architecture ─ 2 Decisions ─ 4 Database
    //                └ 3 Runbooks
    // 5 Meetings
    private final PageTree tree = new PageTree(List.of(
            new Node(5, null, 1, "Meetings"), new Node(3, 1L, 1, "Runbooks"), new Node(1, null, 0, "Architecture"),
            new Node(4, 2L, 0, "Database"), new Node(2, 1L, 0, "Decisions")));

    @Test
    void readsDepthFirstWithSiblingsByPosition() {
        assertThat(tree.ordered()).extracting(e -> e.node().id() + "@" + e.depth())
                .containsExactly("1@0", "2@1", "4@2", "3@1", "5@0");
    }

    @Test
    void ancestorsRunFromTheTopDown() {
        assertThat(tree.ancestors(4)).extracting(Node::id).containsExactly(1L, 2L);
        assertThat(tree.ancestors(1)).isEmpty();
    }

    @Test
    void movingUnderAnotherParentInsertsAtThePositionAndRenumbersTheSiblings() {
        assertThat(tree.moved(5, 1L, 1)).containsExactly(2L, 5L, 3L);
        assertThat(tree.moved(5, 1L, 99)).containsExactly(2L, 3L, 5L);
        assertThat(tree.moved(4, null, 0)).containsExactly(4L, 1L, 5L);
    }

    @Test
    void reorderingAmongSiblingsKeepsTheOthersInOrder() {
        assertThat(tree.moved(3, 1L, 0)).containsExactly(3L, 2L);
        assertThat(tree.moved(1, null, 1)).containsExactly(5L, 1L);
    }

    @Test
    void aPageNeverMovesBelowItselfOrItsDescendants() {
        assertThat(tree.isSelfOrDescendant(1, 4)).isTrue();
        assertThat(tree.isSelfOrDescendant(2, 2)).isTrue();
        assertThat(tree.isSelfOrDescendant(2, 3)).isFalse();
        assertThatThrownBy(() -> tree.moved(1, 4L, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.moved(2, 2L, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPageWhoseParentIsGoneShowsAtTheTop() {
        PageTree orphan = new PageTree(List.of(new Node(7, 99L, 0, "Orphan")));
        assertThat(orphan.ordered()).extracting(e -> e.node().id() + "@" + e.depth()).containsExactly("7@0");
    }
}
