package dev.tandem.change;

/** draft → in review → applied (approved and applied in one step) or rejected; withdrawn at any point before. */
public enum ChangeState {
    DRAFT, IN_REVIEW, APPLIED, REJECTED, WITHDRAWN
}
