package dev.tandem.retrospective.engine;

import dev.tandem.shared.ConflictException;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.Text;
import java.util.Locale;

/**
 * The rules of a retrospective, one method each: which stage allows what, how stages move, how many dots a person
 * places, and what a card shows of its author.
 */
public final class RetroRules {

    public static final int MAX_VOTES_PER_PERSON = 20;

    private RetroRules() {
    }

    /**
     * Stages move forward one at a time; the facilitator may close from any open stage. Going back is refused: the
     * votes and groups of a later stage would no longer match what people saw.
     */
    public static void checkMove(Stage from, Stage to) {
        if (to == null) {
            throw new InvalidInputException("stage", Text.of("problem.retrospective.stageRequired"));
        }
        if (!from.open()) {
            throw new ConflictException(Text.of("problem.retrospective.closed"));
        }
        boolean next = to.ordinal() == from.ordinal() + 1;
        if (!next && to != Stage.CLOSED) {
            throw new ConflictException(Text.of("problem.retrospective.moveOrder", from.name(),
                    Stage.values()[from.ordinal() + 1].name(), to.name()));
        }
    }

    /**
     * Something that may only happen in one stage, refused with the stage it needs; {@code what} is the thing that
     * happens, such as "cards are added".
     */
    public static void checkStage(Stage current, Stage needed, Text what) {
        if (current != needed) {
            throw new ConflictException(Text.of("problem.retrospective.wrongStage", current.name(), what,
                    needed.name()));
        }
    }

    /** A card's column must be one of its format's; answers the column in its canonical spelling. */
    public static String column(Format format, String column) {
        String code = column == null ? "" : column.strip().toUpperCase(Locale.ROOT);
        if (!format.columns().contains(code)) {
            throw new InvalidInputException("column", Text.of("problem.retrospective.column",
                    String.join(", ", format.columns()), format.name()));
        }
        return code;
    }

    /** The dot limits a facilitator may set: at least one dot each, and no more on one card than a person has. */
    public static void checkLimits(int votesPerPerson, int maxVotesPerTarget) {
        if (votesPerPerson < 1 || votesPerPerson > MAX_VOTES_PER_PERSON) {
            throw new InvalidInputException("votesPerPerson", Text.of("problem.input.between", "1",
                    String.valueOf(MAX_VOTES_PER_PERSON)));
        }
        if (maxVotesPerTarget < 1 || maxVotesPerTarget > votesPerPerson) {
            throw new InvalidInputException("maxVotesPerTarget", Text.of("problem.retrospective.maxVotesPerTarget",
                    votesPerPerson));
        }
    }

    /**
     * One more dot, given the dots the person already placed in the retrospective and on this card or group.
     */
    public static void checkVote(int placed, int placedOnTarget, int votesPerPerson, int maxVotesPerTarget) {
        if (placed >= votesPerPerson) {
            throw new InvalidInputException("votes", Text.of("problem.retrospective.votesUsedUp", votesPerPerson));
        }
        if (placedOnTarget >= maxVotesPerTarget) {
            throw new InvalidInputException("votes",
                    Text.of("problem.retrospective.votesPerTarget", maxVotesPerTarget));
        }
    }

    /** The author a card shows: nobody for an anonymous card, whoever asks. */
    public static String shownAuthor(boolean anonymous, String author) {
        return anonymous ? null : author;
    }
}
