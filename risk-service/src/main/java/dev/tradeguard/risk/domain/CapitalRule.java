package dev.tradeguard.risk.domain;

/** The deployment guide's capital scaling rules (Step 5): why a capital change is refused. */
public enum CapitalRule {
    /** Only increase capital after 30+ (completed NYSE) trading days, profitable over them. */
    NOT_PROFITABLE_30_DAYS,
    /** Never increase by more than 2x at once. */
    CAPITAL_INCREASE_EXCEEDS_2X,
    /** Keep cash reserves at 25-50 %. */
    CASH_RESERVE_OUT_OF_RANGE,
    /** No capital set and no account snapshot: there is nothing to compare the request with (fail closed). */
    CAPITAL_UNKNOWN
}
