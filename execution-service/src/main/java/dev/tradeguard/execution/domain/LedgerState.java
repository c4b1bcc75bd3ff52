package dev.tradeguard.execution.domain;

/** Where an approved order stands in the order ledger. */
public enum LedgerState {
    /** Claimed and about to be (or being) sent; no broker id known yet. The crash window lives here. */
    SUBMITTING,
    /** The broker has it and it is working (new, accepted, partially filled…). */
    SUBMITTED,
    PARTIALLY_FILLED,
    FILLED,
    CANCELED,
    EXPIRED,
    /** The broker refused it. */
    REJECTED,
    /** execution-service refused it before sending (trading state, expiry, slippage, config). */
    REFUSED;

    public boolean isOpen() {
        return this == SUBMITTING || this == SUBMITTED || this == PARTIALLY_FILLED;
    }

    /** The ledger state that follows a broker order status (Alpaca's wire values). */
    public static LedgerState fromBrokerStatus(String status) {
        return switch (status) {
            case "filled" -> FILLED;
            case "partially_filled" -> PARTIALLY_FILLED;
            case "canceled", "done_for_day", "replaced" -> CANCELED;
            case "expired" -> EXPIRED;
            case "rejected", "suspended", "stopped" -> REJECTED;
            default -> SUBMITTED;
        };
    }
}
