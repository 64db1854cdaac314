package dev.tandem.change;

/**
 * How the review board decides; {@link dev.tandem.change.engine.ReviewTally} counts the votes. An abstention is a vote that neither approves
 * nor rejects. With every rule a rejection by a member holding the board's veto role rejects at once.
 * <ul>
 * <li>ALL: every member votes, nobody rejects and at least one approves; any rejection rejects.</li>
 * <li>MAJORITY: approved as soon as more than half the board approves and everyone holding the veto role has voted;
 * rejected as soon as half rejects; otherwise, once everyone voted, approved when approvals outnumber rejections.</li>
 * <li>QUORUM: nothing is decided until N members (the board's quorum, 1 to the board's size) have voted; then
 * rejected unless approvals outnumber rejections, and approved once everyone holding the veto role has voted.
 * If members left the project and the board is now smaller than N, every remaining member must vote.</li>
 * </ul>
 */
public enum DecisionRule {
    ALL, MAJORITY, QUORUM
}
