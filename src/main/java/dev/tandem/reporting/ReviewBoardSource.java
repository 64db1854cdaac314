package dev.tandem.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The review board's work worth the weekly sync's attention, supplied by change control; change control depends on
 * this module, so this module owns the interface and never calls change control itself.
 */
public interface ReviewBoardSource {

    /**
     * The requests that were before the review board at {@code at}, oldest submission first, with the board members
     * (display names) who had not voted by then.
     */
    List<InReview> inReview(long projectId, Instant at);

    /** The requests the board approved or rejected from {@code from} (inclusive) to {@code to} (exclusive), in order. */
    List<Decided> decided(long projectId, Instant from, Instant to);

    record InReview(long id, String code, String title, String requestedBy, LocalDate submittedOn,
                    List<String> notVotedYet) {
    }

    record Decided(long id, String code, String title, boolean approved, LocalDate decidedOn, List<ReviewerVote> votes) {
    }

    /** One reviewer's vote on a decided request, by display name, with the comment they gave. */
    record ReviewerVote(String voter, boolean approved, String comment) {
    }
}
