package dev.tandem.change.engine;

import static dev.tandem.change.DecisionRule.ALL;
import static dev.tandem.change.DecisionRule.MAJORITY;
import static dev.tandem.change.DecisionRule.QUORUM;
import static dev.tandem.change.engine.ReviewTally.Outcome.APPROVED;
import static dev.tandem.change.engine.ReviewTally.Outcome.PENDING;
import static dev.tandem.change.engine.ReviewTally.Outcome.REJECTED;
import static dev.tandem.change.VoteDecision.ABSTAIN;
import static dev.tandem.change.VoteDecision.APPROVE;
import static dev.tandem.change.VoteDecision.REJECT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.change.VoteDecision;
import dev.tandem.portfolio.ProjectRole;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Board: person 1 is the PM, 2 the EM, 3 and 4 architects. Every expected outcome is counted by hand. */
class ReviewTallyTests {

    static final Map<Long, ProjectRole> BOARD = Map.of(1L, ProjectRole.PM, 2L, ProjectRole.EM,
            3L, ProjectRole.ARCHITECT, 4L, ProjectRole.ARCHITECT);

    private static Map<Long, VoteDecision> votes(Object... personAndDecision) {
        Map<Long, VoteDecision> votes = new LinkedHashMap<>();
        for (int i = 0; i < personAndDecision.length; i += 2) {
            votes.put(((Number) personAndDecision[i]).longValue(), (VoteDecision) personAndDecision[i + 1]);
        }
        return votes;
    }

    @Test
    void allNeedsEveryMemberAndNoRejection() {
        assertThat(ReviewTally.decide(ALL, null, null, BOARD, votes())).isEqualTo(PENDING);
        assertThat(ReviewTally.decide(ALL, null, null, BOARD, votes(1, APPROVE, 2, APPROVE, 3, APPROVE))).isEqualTo(PENDING);
        assertThat(ReviewTally.decide(ALL, null, null, BOARD, votes(1, APPROVE, 2, APPROVE, 3, APPROVE, 4, ABSTAIN)))
                .isEqualTo(APPROVED);
        assertThat(ReviewTally.decide(ALL, null, null, BOARD, votes(2, REJECT))).isEqualTo(REJECTED);
    }

    @Test
    void votesOfPeopleOffTheBoardDoNotCount() {
        assertThat(ReviewTally.decide(ALL, null, null, BOARD, votes(9, REJECT))).isEqualTo(PENDING);
        assertThat(ReviewTally.decide(QUORUM, 2, null, BOARD, votes(9, APPROVE, 1, APPROVE))).isEqualTo(PENDING);
    }

    @Test
    void majorityDecidesOnMoreThanHalfApprovingOrHalfRejecting() {
        assertThat(ReviewTally.decide(MAJORITY, null, null, BOARD, votes(1, APPROVE, 2, APPROVE))).as("2 of 4 is not more than half")
                .isEqualTo(PENDING);
        assertThat(ReviewTally.decide(MAJORITY, null, null, BOARD, votes(1, APPROVE, 2, APPROVE, 3, APPROVE))).isEqualTo(APPROVED);
        assertThat(ReviewTally.decide(MAJORITY, null, null, BOARD, votes(1, REJECT, 2, REJECT))).as("half rejects")
                .isEqualTo(REJECTED);
        assertThat(ReviewTally.decide(MAJORITY, null, null, BOARD, votes(1, APPROVE, 2, REJECT, 3, ABSTAIN, 4, ABSTAIN)))
                .as("all voted, 1 approval does not outnumber 1 rejection").isEqualTo(REJECTED);
    }

    @Test
    void majorityWaitsForEveryVetoHolderAndAVetoRejects() {
        var threeApprove = votes(1, APPROVE, 2, APPROVE, 3, APPROVE);
        assertThat(ReviewTally.decide(MAJORITY, null, ProjectRole.ARCHITECT, BOARD, threeApprove))
                .as("architect 4 holds the veto and has not voted").isEqualTo(PENDING);
        threeApprove.put(4L, REJECT);
        assertThat(ReviewTally.decide(MAJORITY, null, ProjectRole.ARCHITECT, BOARD, threeApprove)).isEqualTo(REJECTED);
        assertThat(ReviewTally.decide(MAJORITY, null, ProjectRole.EM, BOARD, votes(2, REJECT))).isEqualTo(REJECTED);
    }

    @Test
    void quorumDecidesOnceEnoughMembersVoted() {
        assertThat(ReviewTally.decide(QUORUM, 2, null, BOARD, votes(1, APPROVE))).isEqualTo(PENDING);
        assertThat(ReviewTally.decide(QUORUM, 2, null, BOARD, votes(1, APPROVE, 3, APPROVE))).isEqualTo(APPROVED);
        assertThat(ReviewTally.decide(QUORUM, 2, null, BOARD, votes(1, APPROVE, 3, REJECT))).as("a tie rejects")
                .isEqualTo(REJECTED);
        assertThat(ReviewTally.decide(QUORUM, 2, null, BOARD, votes(1, APPROVE, 3, ABSTAIN)))
                .as("an abstention counts towards the quorum; 1 approval outnumbers 0 rejections").isEqualTo(APPROVED);
        assertThat(ReviewTally.decide(QUORUM, 2, null, BOARD, votes(1, ABSTAIN, 3, ABSTAIN))).isEqualTo(REJECTED);
        assertThat(ReviewTally.decide(QUORUM, 3, null, BOARD, votes(1, APPROVE, 2, APPROVE))).isEqualTo(PENDING);
        assertThat(ReviewTally.decide(QUORUM, 3, null, BOARD, votes(1, APPROVE, 2, APPROVE, 4, REJECT))).isEqualTo(APPROVED);
    }

    @Test
    void quorumWithAVetoWaitsForTheVetoHoldersToApprove() {
        assertThat(ReviewTally.decide(QUORUM, 2, ProjectRole.PM, BOARD, votes(2, APPROVE, 3, APPROVE)))
                .as("the PM holds the veto and has not voted").isEqualTo(PENDING);
        assertThat(ReviewTally.decide(QUORUM, 2, ProjectRole.PM, BOARD, votes(2, APPROVE, 3, APPROVE, 1, APPROVE)))
                .isEqualTo(APPROVED);
        assertThat(ReviewTally.decide(QUORUM, 2, ProjectRole.PM, BOARD, votes(1, REJECT)))
                .as("a veto rejects before the quorum is reached").isEqualTo(REJECTED);
        assertThat(ReviewTally.decide(QUORUM, 3, ProjectRole.PM, BOARD, votes(2, APPROVE, 3, APPROVE, 4, APPROVE, 1, REJECT)))
                .as("3 approvals against 1 rejection, but the one is a veto").isEqualTo(REJECTED);
    }

    @Test
    void aQuorumLargerThanTheBoardWaitsForEveryMember() {
        var twoMembers = Map.of(1L, ProjectRole.PM, 2L, ProjectRole.EM);
        assertThat(ReviewTally.decide(QUORUM, 3, null, twoMembers, votes(1, APPROVE))).isEqualTo(PENDING);
        assertThat(ReviewTally.decide(QUORUM, 3, null, twoMembers, votes(1, APPROVE, 2, APPROVE))).isEqualTo(APPROVED);
    }
}
