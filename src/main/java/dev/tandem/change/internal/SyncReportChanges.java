package dev.tandem.change.internal;

import dev.tandem.change.ChangeState;
import dev.tandem.change.ImpactAssessment;
import dev.tandem.change.VoteDecision;
import dev.tandem.identity.IdentityManagement;
import dev.tandem.identity.PersonSummary;
import dev.tandem.portfolio.MemberSummary;
import dev.tandem.reporting.ReviewBoardSource;
import dev.tandem.schedule.ChangeRequestSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands the weekly sync report the change requests before the review board and those it decided, and the schedule's
 * replay of why a date moved the requests that were applied.
 */
@Component
class SyncReportChanges implements ReviewBoardSource, ChangeRequestSource {

    private final ChangeRequests requests;
    private final Votes votes;
    private final Reviewers reviewers;
    private final IdentityManagement identity;
    private final JsonMapper json;

    SyncReportChanges(ChangeRequests requests, Votes votes, Reviewers reviewers, IdentityManagement identity,
                      JsonMapper json) {
        this.requests = requests;
        this.votes = votes;
        this.reviewers = reviewers;
        this.identity = identity;
        this.json = json;
    }

    /** Submitted before {@code at} and not yet decided or withdrawn then; a vote cast after {@code at} was still awaited. */
    @Override
    public List<InReview> inReview(long projectId, Instant at) {
        List<ChangeRequest> pending = requests.findByProjectIdOrderByNumberDesc(projectId).stream()
                .filter(r -> r.submittedAt() != null && r.submittedAt().isBefore(at)
                        && (r.state() == ChangeState.IN_REVIEW || r.decidedAt() != null && !r.decidedAt().isBefore(at)))
                .sorted(Comparator.comparing(ChangeRequest::submittedAt))
                .toList();
        if (pending.isEmpty()) {
            return List.of();
        }
        List<MemberSummary> board = reviewers.of(projectId);
        return pending.stream().map(r -> {
            Set<Long> voted = votes.findByChangeRequestIdOrderByVotedAt(r.id()).stream()
                    .filter(v -> v.votedAt() != null && v.votedAt().isBefore(at)).map(Vote::personId)
                    .collect(Collectors.toSet());
            List<String> notVoted = board.stream().filter(m -> !voted.contains(m.personId()))
                    .map(MemberSummary::displayName).toList();
            return new InReview(r.id(), r.code(), r.title(), displayName(r.requestedBy()), day(r.submittedAt()), notVoted);
        }).toList();
    }

    @Override
    public List<Decided> decided(long projectId, Instant from, Instant to) {
        return requests.findByProjectIdOrderByNumberDesc(projectId).stream()
                .filter(r -> (r.state() == ChangeState.APPLIED || r.state() == ChangeState.REJECTED)
                        && !r.decidedAt().isBefore(from) && r.decidedAt().isBefore(to))
                .sorted(Comparator.comparing(ChangeRequest::decidedAt))
                .map(r -> new Decided(r.id(), r.code(), r.title(), r.state() == ChangeState.APPLIED, day(r.decidedAt()),
                        votes.findByChangeRequestIdOrderByVotedAt(r.id()).stream()
                                .map(v -> new ReviewerVote(displayName(v.username()),
                                        v.decision() == VoteDecision.APPROVE, v.comment()))
                                .toList()))
                .toList();
    }

    /** The deciding vote is the last one cast: the steps ran right after it, under the voter's name. */
    @Override
    public List<Applied> applied(long projectId, Instant from, Instant to) {
        return requests.findByProjectIdOrderByNumberDesc(projectId).stream()
                .filter(r -> r.state() == ChangeState.APPLIED && !r.decidedAt().isBefore(from) && r.decidedAt().isBefore(to))
                .sorted(Comparator.comparing(ChangeRequest::decidedAt))
                .map(r -> {
                    List<Vote> cast = votes.findByChangeRequestIdOrderByVotedAt(r.id());
                    Vote deciding = cast.getLast();
                    List<String> approvers = cast.stream().filter(v -> v.decision() == VoteDecision.APPROVE)
                            .map(Vote::username).toList();
                    return new Applied(r.id(), r.code(), r.title(), deciding.username(), approvers, deciding.votedAt(),
                            r.decidedAt(), predicted(r));
                }).toList();
    }

    private Map<String, Integer> predicted(ChangeRequest request) {
        if (request.impactJson() == null) {
            return Map.of();
        }
        ImpactAssessment impact = json.readValue(request.impactJson(), ImpactAssessment.class);
        Map<String, Integer> days = new HashMap<>();
        days.put("*", impact.slipWorkingDays());
        impact.milestones().forEach(m -> days.put(m.key(), m.slipWorkingDays()));
        return days;
    }

    private String displayName(String username) {
        return identity.findByUsername(username).map(PersonSummary::displayName).orElse(username);
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
