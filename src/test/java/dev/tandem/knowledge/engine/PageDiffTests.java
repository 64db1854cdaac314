package dev.tandem.knowledge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.knowledge.engine.PageDiff.Kind;
import dev.tandem.knowledge.engine.PageDiff.Row;
import org.junit.jupiter.api.Test;

/** Line diffs: changed lines pair up, the rest are additions or removals, numbered on each side. */
class PageDiffTests {

    @Test
    void pairsChangedLinesAndNumbersBothSides() {
        var rows = PageDiff.rows("# Title\nold line\nkept\nremoved", "# Title\nnew line\nkept\nadded 1\nadded 2");

        assertThat(rows).containsExactly(
                new Row(Kind.SAME, 1, "# Title", 1, "# Title"),
                new Row(Kind.CHANGED, 2, "old line", 2, "new line"),
                new Row(Kind.SAME, 3, "kept", 3, "kept"),
                new Row(Kind.CHANGED, 4, "removed", 4, "added 1"),
                new Row(Kind.ADDED, null, null, 5, "added 2"));
        assertThat(PageDiff.changed(rows)).isTrue();
    }

    @Test
    void fromAndToNothing() {
        assertThat(PageDiff.rows("", "a\nb")).containsExactly(new Row(Kind.ADDED, null, null, 1, "a"),
                new Row(Kind.ADDED, null, null, 2, "b"));
        assertThat(PageDiff.rows("a", "")).containsExactly(new Row(Kind.REMOVED, 1, "a", null, null));
        assertThat(PageDiff.changed(PageDiff.rows("same\ntext", "same\r\ntext"))).isFalse();
    }
}
