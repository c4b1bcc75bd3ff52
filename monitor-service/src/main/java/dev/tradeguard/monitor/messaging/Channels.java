package dev.tradeguard.monitor.messaging;

/** Channel names of monitor-service; topics and serde are in application.properties. */
public final class Channels {
    public static final String FILLS_IN = "fills-in";
    public static final String POSITIONS_IN = "positions-in";
    public static final String RECOMMENDATIONS_IN = "recommendations-in";
    public static final String TRADING_STATE_IN = "trading-state-in";

    private Channels() {
    }
}
