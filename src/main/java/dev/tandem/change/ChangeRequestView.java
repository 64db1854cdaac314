package dev.tandem.change;

import java.time.Instant;
import java.util.List;

/** A change request as people see it, with its stored impact, the board's votes and any conflicts found now. */
public record ChangeRequestView(long id, String code, String project, String title, String reason, String requestedBy,
                                ChangeState state, List<ProposedChange> changes, ImpactAssessment impact,
                                List<VoteView> votes, List<String> reviewers, List<String> conflicts,
                                String decisionNote, String baseline, long version, Instant createdAt,
                                Instant submittedAt, Instant decidedAt) {

    public record VoteView(String username, String displayName, VoteDecision decision, String comment, Instant votedAt) {
    }
}
