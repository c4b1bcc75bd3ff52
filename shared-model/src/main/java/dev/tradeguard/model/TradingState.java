package dev.tradeguard.model;

/** The kill switch, per account (BRIEF invariant 3). */
public enum TradingState {
    /** New orders may go out. */
    ACTIVE,
    /** Only orders that shrink a position may go out. */
    REDUCING,
    /** No new orders; open orders are cancelled. Never re-armed automatically. */
    HALTED
}
