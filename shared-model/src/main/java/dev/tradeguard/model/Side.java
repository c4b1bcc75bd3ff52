package dev.tradeguard.model;

/** Which way an order trades. SELL_SHORT opens a short; BUY_TO_COVER closes one. */
public enum Side {
    BUY, SELL, SELL_SHORT, BUY_TO_COVER
}
