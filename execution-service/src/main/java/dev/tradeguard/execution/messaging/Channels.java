package dev.tradeguard.execution.messaging;

/** Channel names of execution-service; topics and serde are in application.properties. */
public final class Channels {
    public static final String TRADING_STATE_IN = "trading-state-in";
    public static final String APPROVED_ORDERS_IN = "approved-orders-in";
    /** Tick-driven position changes and market-data status, sent directly (observations, no database write). */
    public static final String POSITIONS_OUT = "positions-out";

    private Channels() {
    }
}
