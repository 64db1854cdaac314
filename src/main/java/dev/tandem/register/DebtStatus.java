package dev.tandem.register;

/** Open debt still charges its interest; paid debt does not. */
public enum DebtStatus {
    OPEN, PLANNED, IN_PROGRESS, PAID
}
