package dev.tandem.meeting.transcript;

import java.util.List;

/** What an extractor proposes for the minutes; nothing is created until the organiser accepts it. */
public record MinutesProposal(List<ProposedDecision> decisions, List<ProposedActionItem> actionItems,
        ProposedSummary summary) {

    public MinutesProposal {
        decisions = List.copyOf(decisions);
        actionItems = List.copyOf(actionItems);
    }
}
