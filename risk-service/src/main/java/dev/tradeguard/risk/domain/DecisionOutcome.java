package dev.tradeguard.risk.domain;

public enum DecisionOutcome {
    /** Passed every check and was sent to execution. */
    APPROVED,
    /** Passed every check and waits for a human approver. */
    PENDING_APPROVAL,
    /** Failed a check; the reason says which. */
    DENIED
}
