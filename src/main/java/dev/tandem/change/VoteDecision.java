package dev.tandem.change;

public enum VoteDecision {
    APPROVE, REJECT, ABSTAIN
}
