package dev.tandem.retrospective.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.retrospective.engine.TextDiff.Kind;
import dev.tandem.retrospective.engine.TextDiff.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTests {

    @Test
    void aChangedLineIsRemovedAndAddedAndTheRestStays() {
        assertThat(TextDiff.between("- a\n- b\n- c", "- a\n- B\n- c\n- d")).containsExactly(
                new Line(Kind.SAME, "- a"), new Line(Kind.REMOVED, "- b"), new Line(Kind.ADDED, "- B"),
                new Line(Kind.SAME, "- c"), new Line(Kind.ADDED, "- d"));
    }

    @Test
    void fromNothingEveryLineIsAddedAndEqualTextsHaveNoChange() {
        assertThat(TextDiff.between("", "x\ny")).containsExactly(new Line(Kind.ADDED, "x"), new Line(Kind.ADDED, "y"));
        assertThat(TextDiff.between("x\r\ny", "x\ny")).containsExactly(new Line(Kind.SAME, "x"),
                new Line(Kind.SAME, "y"));
        assertThat(TextDiff.between("x", "")).isEqualTo(List.of(new Line(Kind.REMOVED, "x")));
    }
}
