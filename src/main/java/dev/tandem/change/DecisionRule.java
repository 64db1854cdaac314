package dev.tandem.change;

/**
 * How the review board decides. ALL: every member votes, nobody rejects and at least one approves. MAJORITY: more
 * approvals than rejections among those who did not abstain, once everyone voted; a reject by the veto role's
 * holder rejects at once.
 */
public enum DecisionRule {
    ALL, MAJORITY
}
