package dev.tradeguard.risk.domain;

public enum ApprovalStatus {
    PENDING,
    APPROVED,
    REJECTED,
    EXPIRED,
    /** Approved by a person, but the checks re-run at that moment failed (e.g. a halt since the request). */
    DENIED
}
