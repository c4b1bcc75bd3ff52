package dev.tradeguard.execution.domain;

/** Why execution-service did not send an approved order to the broker. */
public enum RefusalReason {
    /** Start-up verification failed (keys, endpoint vs LIVE_TRADING_ENABLED, account state). */
    CONFIG_NOT_VERIFIED,
    /** The order is for another account than the one this instance trades. */
    WRONG_ACCOUNT,
    /** No trading state was ever heard for the account: unknown is not ACTIVE. */
    TRADING_STATE_UNKNOWN,
    TRADING_HALTED,
    /** REDUCING, and the order would not shrink a position. */
    TRADING_REDUCING,
    APPROVAL_EXPIRED,
    /** The last trade is further from the approved entry than MAX_SLIPPAGE_PCT. */
    SLIPPAGE_EXCEEDED,
    /**
     * execution-service's own daily-loss guard: its latest valuation of the account is at or past MAX_DAILY_LOSS_PCT
     * below the previous close, and the order would open or grow a position.
     */
    DAILY_LOSS_GUARD,
    /** The price or position needed for a check could not be read: fail closed. */
    CHECK_UNAVAILABLE
}
