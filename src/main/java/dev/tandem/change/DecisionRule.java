package dev.tandem.change;

/**
 * How the review board decides. ALL: every member votes, nobody rejects and at least one approves. MAJORITY: approved
 * as soon as more than half the board approves and everyone holding the veto role has voted; rejected as soon as half
 * rejects or a veto holder rejects; otherwise, once everyone voted, approved when approvals outnumber rejections.
 */
public enum DecisionRule {
    ALL, MAJORITY
}
