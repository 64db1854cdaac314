package dev.tandem.change.engine;

import dev.tandem.change.DecisionRule;
import dev.tandem.change.VoteDecision;
import dev.tandem.portfolio.ProjectRole;
import java.util.Map;

/** Counts a review board's votes under its {@link DecisionRule}; plain Java, so every rule is tested by hand. */
public final class ReviewTally {

    public enum Outcome { APPROVED, REJECTED, PENDING }

    private ReviewTally() {
    }

    /**
     * @param quorum   the votes a QUORUM decision needs; above the board's size it means every member
     * @param vetoRole the role whose rejection rejects, or null
     * @param board    the board's members by person id, with their project role
     * @param votes    the decisions cast, by person id; votes of people off the board do not count
     */
    public static Outcome decide(DecisionRule rule, Integer quorum, ProjectRole vetoRole, Map<Long, ProjectRole> board,
                          Map<Long, VoteDecision> votes) {
        int size = board.size();
        long approvals = 0;
        long rejections = 0;
        long voted = 0;
        boolean vetoed = false;
        for (var vote : votes.entrySet()) {
            ProjectRole role = board.get(vote.getKey());
            if (role == null) {
                continue;
            }
            voted++;
            switch (vote.getValue()) {
                case APPROVE -> approvals++;
                case REJECT -> {
                    rejections++;
                    vetoed |= role == vetoRole;
                }
                case ABSTAIN -> { }
            }
        }
        boolean everyoneVoted = voted == size;
        // a veto can only be used if approval waits for the people who hold it
        boolean vetoHoldersVoted = board.entrySet().stream().filter(m -> m.getValue() == vetoRole)
                .allMatch(m -> votes.containsKey(m.getKey()));
        if (vetoed) {
            return Outcome.REJECTED;
        }
        return switch (rule) {
            case ALL -> rejections > 0 ? Outcome.REJECTED
                    : everyoneVoted && approvals > 0 ? Outcome.APPROVED : Outcome.PENDING;
            case MAJORITY -> approvals * 2 > size && vetoHoldersVoted ? Outcome.APPROVED
                    : rejections * 2 >= size ? Outcome.REJECTED
                    : everyoneVoted ? approvals > rejections ? Outcome.APPROVED : Outcome.REJECTED : Outcome.PENDING;
            case QUORUM -> voted < Math.min(quorum, size) ? Outcome.PENDING
                    : approvals <= rejections ? Outcome.REJECTED
                    : vetoHoldersVoted ? Outcome.APPROVED : Outcome.PENDING;
        };
    }
}
