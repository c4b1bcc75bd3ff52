package dev.tradeguard.risk.messaging;

/** Channel names of risk-service; topics and serde are in application.properties. */
public final class Channels {
    public static final String POSITIONS_IN = "positions-in";
    public static final String RECOMMENDATIONS_IN = "recommendations-in";
    public static final String FILLS_IN = "fills-in";

    private Channels() {
    }
}
