package dev.tandem.retrospective.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import org.junit.jupiter.api.Test;

class RetroRulesTests {

    @Test
    void stagesMoveForwardOneAtATime() {
        assertThatCode(() -> RetroRules.checkMove(Stage.COLLECT, Stage.GROUP)).doesNotThrowAnyException();
        assertThatCode(() -> RetroRules.checkMove(Stage.GROUP, Stage.VOTE)).doesNotThrowAnyException();
        assertThatCode(() -> RetroRules.checkMove(Stage.VOTE, Stage.DISCUSS)).doesNotThrowAnyException();
        assertThatCode(() -> RetroRules.checkMove(Stage.DISCUSS, Stage.CLOSED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RetroRules.checkMove(Stage.COLLECT, Stage.VOTE))
                .isInstanceOf(ConflictException.class).hasMessageContaining("moves on to GROUP");
        assertThatThrownBy(() -> RetroRules.checkMove(Stage.VOTE, Stage.GROUP)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> RetroRules.checkMove(Stage.GROUP, Stage.GROUP)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anOpenRetrospectiveClosesFromAnyStageAndAClosedOneNeverMoves() {
        assertThatCode(() -> RetroRules.checkMove(Stage.COLLECT, Stage.CLOSED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RetroRules.checkMove(Stage.CLOSED, Stage.CLOSED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> RetroRules.checkMove(Stage.COLLECT, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void whatAStageAllowsIsRefusedInAnother() {
        assertThatCode(() -> RetroRules.checkStage(Stage.COLLECT, Stage.COLLECT,
                Text.of("problem.retrospective.cardsAdded")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> RetroRules.checkStage(Stage.CLOSED, Stage.COLLECT,
                Text.of("problem.retrospective.cardsAdded")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("The retrospective is in stage CLOSED; cards are added only in stage COLLECT.");
    }

    @Test
    void aPersonPlacesAsManyDotsAsAllowedAndNoMoreThanTheLimitOnOneTarget() {
        // 3 dots each, at most 2 on one card: 2 placed (1 here) leaves one more
        assertThatCode(() -> RetroRules.checkVote(2, 1, 3, 2)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RetroRules.checkVote(3, 0, 3, 2)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("each person has 3");
        assertThatThrownBy(() -> RetroRules.checkVote(2, 2, 3, 2)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 2");
    }

    @Test
    void dotLimitsAreAtLeastOneAndNoMoreOnATargetThanAPersonHas() {
        assertThatCode(() -> RetroRules.checkLimits(5, 5)).doesNotThrowAnyException();
        assertThatCode(() -> RetroRules.checkLimits(1, 1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RetroRules.checkLimits(0, 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RetroRules.checkLimits(21, 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RetroRules.checkLimits(3, 4)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RetroRules.checkLimits(3, 0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCardGoesIntoAColumnOfItsFormat() {
        assertThat(RetroRules.column(Format.FOUR_LS, " longed_for ")).isEqualTo("LONGED_FOR");
        assertThat(RetroRules.column(Format.MAD_SAD_GLAD, "glad")).isEqualTo("GLAD");
        assertThatThrownBy(() -> RetroRules.column(Format.START_STOP_CONTINUE, "GLAD"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("START, STOP, CONTINUE");
        assertThatThrownBy(() -> RetroRules.column(Format.MAD_SAD_GLAD, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anAnonymousCardShowsNoAuthorAndANamedOneItsAuthor() {
        assertThat(RetroRules.shownAuthor(true, "li.wei")).isNull();
        assertThat(RetroRules.shownAuthor(false, "li.wei")).isEqualTo("li.wei");
    }
}
