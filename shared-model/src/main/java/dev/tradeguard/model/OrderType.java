package dev.tradeguard.model;

/** Alpaca order types. */
public enum OrderType {
    MARKET, LIMIT, STOP, STOP_LIMIT, TRAILING_STOP
}
