package dev.tradeguard.risk.messaging;

/** Channel names of risk-service; topics and serde are in application.properties. */
public final class Channels {
    public static final String POSITIONS_IN = "positions-in";

    private Channels() {
    }
}
